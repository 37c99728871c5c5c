import CiteGraphTestSupport
import Foundation
import Testing
@testable import CiteGraph

/// Headless Chromium (Debian's `chromium`, installed by scripts/test.sh), or nil.
enum Browser {
    static let path: String? = {
        let env = ProcessInfo.processInfo.environment
        if let given = env["CITEGRAPH_CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) { return given }
        let directories = (env["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init) + ["/usr/bin"]
        for directory in directories {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let path = directory + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }()

    /// Where screenshots go, to be looked at: `.build/browser-tests/` in the package.
    static let artifacts: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent(".build/browser-tests")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Loads `file` with `fragment` (the view performs the fragment's actions
    /// on load) and returns the DOM after the scripts ran; with `screenshot`,
    /// saves a PNG of the window instead.
    static func run(_ file: URL, fragment: String, screenshot: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--user-data-dir=\(profile.path)", "--hide-scrollbars", "--window-size=1400,900",
                         "--virtual-time-budget=3000"]
        if let screenshot { arguments.append("--screenshot=\(screenshot.path)") } else { arguments.append("--dump-dom") }
        var components = URLComponents(url: file, resolvingAgainstBaseURL: false)!
        components.percentEncodedFragment = fragment
        arguments.append(components.url!.absoluteString)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = readToEnd(out.fileHandleForReading)
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func fragment(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return pairs.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
    }
}

/// The interactive view in a real browser: the script runs, a search lists
/// matches, a click fills the panel, and hostile titles execute nothing.
@Suite(.enabled(if: Browser.path != nil, "needs chromium (scripts/test.sh installs it)"), .serialized)
struct InteractiveViewBrowserTests {
    func write(_ graph: CitationSubgraph, name: String) throws -> URL {
        let url = Browser.artifacts.appendingPathComponent(name)
        try Data(InteractiveViewWriter().write(graph).utf8).write(to: url)
        return url
    }

    @Test func searchAndSelectionFillTheDOM() throws {
        let file = try write(SubgraphFixtures.ancestry, name: "view.html")
        let fragment = Browser.fragment([("search", "information society"), ("select", "A/RES/67/195")])
        let dom = try Browser.run(file, fragment: fragment)
        #expect(dom.contains("data-ready=\"1\""), "the script ran to its end")
        #expect(dom.contains("data-selected=\"A/RES/67/195\""))
        // The search matched titles: 56/183 (World Summit on the Information Society), E/RES/2012/5, A/67/66-E/2012/49, A/60/687.
        #expect(dom.contains("data-matches=\"4\""))
        #expect(dom.contains("<span class=\"sym\">A/RES/56/183</span><span class=\"ttl\">World Summit on the Information Society</span>"))
        // The panel: title, date, official link, citations out with relation and location.
        #expect(dom.contains("<h2 class=\"symbol\">A/RES/67/195</h2><p class=\"title\">Information and communications technologies for development</p>"))
        #expect(dom.contains("Adopted 2012-12-21"))
        #expect(dom.contains("href=\"https://undocs.org/A/RES/67/195\""))
        #expect(dom.contains("<h3>Cites (8)</h3>"))
        #expect(dom.contains("<button class=\"doc\" type=\"button\">A/67/66-E/2012/49</button><span class=\"rel\"> takes-note</span><span class=\"loc\"> (OP1 fn 2, paras. 4-6)</span>"))
        #expect(dom.contains("<h3>Cited by (0)</h3>"))
        #expect(dom.contains("class=\"node selected\""))
        // One node per document drawn in the SVG.
        #expect(dom.components(separatedBy: "<g class=\"node").count - 1 == SubgraphFixtures.ancestry.nodes.count)
    }

    @Test func filtersHideWhatTheyExclude() throws {
        let file = try write(SubgraphFixtures.ancestry, name: "view-filtered.html")
        let dom = try Browser.run(file, fragment: Browser.fragment([("years", "2005-2012"), ("relation", "recalls"),
                                                                    ("select", "A/RES/57/238")]))
        // 56/183 (2001), 57/238 (2002) and 1325 (2000) fall outside 2005-2012; A/60/687 is undated and stays.
        #expect(dom.contains("6 of 9 documents"), "\(dom.components(separatedBy: "id=\"counts\"").last?.prefix(80) ?? "")")
        #expect(dom.contains("0 of 10 citations"))
        #expect(dom.contains("data-selected=\"A/RES/57/238\""))
        #expect(dom.contains("<h3>Cited by (1)</h3>"))
    }

    @Test func hostileTitlesExecuteNothing() throws {
        let file = try write(HostileView.graph, name: "view-hostile.html")
        let dom = try Browser.run(file, fragment: Browser.fragment([("search", "script"), ("select", "A/RES/67/195")]))
        #expect(dom.contains("data-ready=\"1\""))
        #expect(!dom.contains("data-pwned=\""), "a document string ran as script")
        #expect(!dom.contains("<img"))
        // The title is shown, as text.
        #expect(dom.contains("<p class=\"title\">&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;&lt;img src=x"))
        #expect(dom.contains("data-matches=\"2\""))
        let second = try Browser.run(file, fragment: Browser.fragment([("select", HostileView.symbol)]))
        #expect(second.contains("data-ready=\"1\"") && !second.contains("data-pwned=\""))
        #expect(second.contains("<h2 class=\"symbol\">A/RES/&lt;/script&gt;&lt;script&gt;"))
    }

    /// Saved for a person to look at: .build/browser-tests/view.png.
    @Test func screenshotIsSaved() throws {
        let file = try write(SubgraphFixtures.ancestry, name: "view-screenshot.html")
        let png = Browser.artifacts.appendingPathComponent("view.png")
        try? FileManager.default.removeItem(at: png)
        _ = try Browser.run(file, fragment: Browser.fragment([("search", "56/183"), ("select", "A/RES/67/195")]), screenshot: png)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 20_000, "a blank page compresses to a few kB")
    }
}
