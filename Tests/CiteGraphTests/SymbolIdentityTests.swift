import Testing
@testable import CiteGraph

@Suite("Symbol identity and resolution")
struct SymbolIdentityTests {
    @Test("spellings of one symbol share a key", arguments: [
        ("A/RES/67/195", "A/RES/67/195"),
        ("a/res/67/195", "A/RES/67/195"),
        ("A / RES / 67 / 195", "A/RES/67/195"),
        (" A/RES/67/195\n", "A/RES/67/195"),
        ("S/RES/1325(2000)", "S/RES/1325 (2000)"),
        ("S/RES/1325  (2000)", "S/RES/1325 (2000)"),
        ("A/RES/57/270  B", "A/RES/57/270 B"),
        ("A/RES/2200 A(XXI)", "A/RES/2200 A (XXI)"),
        ("A/RES/S\u{2011}10/2", "A/RES/S-10/2"),
        ("A/67/66\u{2011}E/2012/49", "A/67/66-E/2012/49"),
        ("A/67/66 - E/2012/49", "A/67/66-E/2012/49"),
        ("E/CN.4/Sub.2/1987/WP.4/Add.1", "E/CN.4/SUB.2/1987/WP.4/ADD.1"),
    ])
    func normalize(input: String, key: String) {
        #expect(SymbolIdentity.normalize(input) == key)
        // The String overload and the generic one (a Substring takes it) give one key.
        #expect(SymbolIdentity.normalize(input[...]) == key)
    }

    @Test("joint symbols split into halves; special sessions do not", arguments: [
        ("A/67/66-E/2012/49", ["A/67/66", "E/2012/49"]),
        ("A/67/66/ADD.1-E/2012/49/ADD.1", ["A/67/66/ADD.1", "E/2012/49/ADD.1"]),
        ("A/RES/S-10/2", ["A/RES/S-10/2"]),
        ("A/RES/ES-10/14", ["A/RES/ES-10/14"]),
        ("A/67/434", ["A/67/434"]),
    ])
    func joint(symbol: String, parts: [String]) {
        #expect(SymbolIdentity.jointParts(symbol) == parts)
    }

    /// A small corpus with one document of each series a short form can mean.
    static let graph = CitationGraph(documents: [
        document("A/RES/67/195", adopted: "2012-12-21", cites: [
            cite("A/RES/56/183", adopted: "2001-12-21"),
            cite("S/RES/1325 (2000)", kind: .scResolution),
            cite("A/RES/2200 A (XXI)"),
            cite("A/RES/57/270 B"),
            cite("A/RES/S-10/2"),
            cite("A/67/66-E/2012/49", kind: .document),
            cite("E/RES/2006/46", kind: .ecosocResolution),
            cite("A/DEC/77/512", kind: .gaDecision),
            cite("E/DEC/77/512", kind: .ecosocDecision),
        ]),
        document("A/RES/68/1", adopted: "2013-09-20", cites: [
            cite("E/2012/49", kind: .document),
            cite("a/res/67/195"),
            cite("A/RES/56/183"),
        ]),
    ])

    @Test("what a user types finds the node", arguments: [
        ("67/195", "A/RES/67/195"),
        ("A/RES/67/195", "A/RES/67/195"),
        ("a/res/67/195", "A/RES/67/195"),
        ("resolution 67/195", "A/RES/67/195"),
        ("General Assembly resolution 67/195", "A/RES/67/195"),
        ("  67/195 ", "A/RES/67/195"),
        ("1325 (2000)", "S/RES/1325 (2000)"),
        ("1325(2000)", "S/RES/1325 (2000)"),
        ("Security Council resolution 1325 (2000)", "S/RES/1325 (2000)"),
        ("2200 A (XXI)", "A/RES/2200 A (XXI)"),
        ("57/270 B", "A/RES/57/270 B"),
        ("S\u{2011}10/2", "A/RES/S-10/2"),
        ("2006/46", "E/RES/2006/46"),
        ("A/67/66", "A/67/66-E/2012/49"),
        ("E/2012/49", "A/67/66-E/2012/49"),
        ("decision 77/512", "A/DEC/77/512"),
        ("Economic and Social Council decision 77/512", "E/DEC/77/512"),
    ])
    func resolves(typed: String, symbol: String) throws {
        let id = try SymbolResolver(graph: Self.graph).resolve(typed)
        #expect(Self.graph.nodes[id].symbol == symbol)
    }

    @Test("a joint symbol and its halves are one node")
    func jointIdentity() {
        let g = Self.graph
        #expect(g.nodeCount == 11)
        let joint = g.id("A/67/66-E/2012/49")
        #expect(g.node(named: "A/67/66") == joint)
        #expect(g.node(named: "e/2012/49") == joint)
        // 68/1 cited the half; the edge lands on the joint node.
        #expect(g.cites(g.id("A/RES/68/1")).map(\.node).contains(joint))
    }

    @Test("an unknown symbol gets the nearest spellings")
    func unknown() {
        #expect(throws: SymbolResolutionError.unknown(input: "67/159", suggestions: ["67/195"])) {
            try SymbolResolver(graph: Self.graph).resolve("67/159")
        }
        let error = SymbolResolutionError.unknown(input: "67/159", suggestions: ["67/195"])
        #expect(error.errorDescription == "no document 67/159 in this corpus; did you mean 67/195?")
        #expect(throws: SymbolResolutionError.unknown(input: "A/RES/67/196", suggestions: ["A/RES/67/195"])) {
            try SymbolResolver(graph: Self.graph).resolve("A/RES/67/196")
        }
    }

    @Test("a short form several series answer to is ambiguous")
    func ambiguous() {
        // 77/512 is both a GA and an ECOSOC decision here, and no GA resolution.
        #expect(throws: SymbolResolutionError.ambiguous(input: "77/512", candidates: ["A/DEC/77/512", "E/DEC/77/512"])) {
            try SymbolResolver(graph: Self.graph).resolve("77/512")
        }
    }

    @Test("text that is no symbol says so", arguments: ["hello", "", "   ", "resolution", "67", "12 (abc)",
                                                               "/", "67/", "A/RES/", "A//67/195", "S/RES/1325 (2000", "A/RES/67/195)"])
    func notASymbol(typed: String) {
        #expect(throws: SymbolResolutionError.self) { try SymbolResolver(graph: Self.graph).resolve(typed) }
        do { _ = try SymbolResolver(graph: Self.graph).resolve(typed) } catch {
            guard case .notASymbol = error else { Issue.record("expected notASymbol for \(typed), got \(error)"); return }
        }
    }
}
