// swift-tools-version:6.0
import PackageDescription

// The engine lives in libraries; `citegraph` is a thin front end over them.
// Only `CiteGraphRendering` touches Graphviz's C API, and only `CiteGraphPDF`
// touches poppler's, so the core library stays pure Swift.
let package = Package(
    name: "citegraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CiteGraph", targets: ["CiteGraph"]),
        .library(name: "CiteGraphPDF", targets: ["CiteGraphPDF"]),
        .library(name: "CiteGraphRendering", targets: ["CiteGraphRendering"]),
        .library(name: "CiteGraphIndex", targets: ["CiteGraphIndex"]),
        .executable(name: "citegraph", targets: ["CiteGraphCLI"]),
        .executable(name: "citegraph-bench-graph", targets: ["CiteGraphBenchGraph"]),
        .executable(name: "citegraph-bench-render", targets: ["CiteGraphBenchRender"]),
        .executable(name: "citegraph-bench-index", targets: ["CiteGraphBenchIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only for `swift package generate-documentation` (the DocC catalog in
        // Sources/CiteGraph/CiteGraph.docc); a plugin, so `swift build` compiles none of it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CiteGraph"),
        // Graphviz and poppler are opened on first use (GraphvizLibrary, PopplerLibrary), not
        // linked: linked, poppler alone brought 50 libraries and 11 ms into every run of the
        // CLI, queries included (docs/PERFORMANCE.md, "Index"). So the modules give headers
        // only. Graphviz's need no search path; poppler's need GLib's and cairo's, which
        // cairo's pkg-config entry gives (it links cairo alone, not poppler and its libraries).
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "cairo",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "CiteGraphPDF", dependencies: ["CiteGraph", "CPoppler"]),
        .systemLibrary(
            name: "CGraphviz",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "CiteGraphRendering", dependencies: ["CiteGraph", "CGraphviz"]),
        // The persistent index (docs/INDEX.md); only it imports SQLite's C API.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CiteGraphIndex", dependencies: ["CiteGraph", "CSQLite"]),
        .executableTarget(
            name: "CiteGraphCLI",
            dependencies: [
                "CiteGraph",
                "CiteGraphPDF",
                "CiteGraphRendering",
                "CiteGraphIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Not a test: scripts/bench-graph.sh runs it in release and compares with networkx.
        .executableTarget(name: "CiteGraphBenchGraph", dependencies: ["CiteGraph"]),
        // Not a test: scripts/bench-render.sh times in-process rendering against `dot -Tsvg`,
        // scripts/bench-timeline.sh the timeline layout and its pictures.
        .executableTarget(name: "CiteGraphBenchRender", dependencies: ["CiteGraphRendering", "CiteGraph"]),
        // Not a test: builds the synthetic million-document index of docs/PERFORMANCE.md in memory.
        .executableTarget(name: "CiteGraphBenchIndex", dependencies: ["CiteGraph", "CiteGraphIndex"]),
        // Shared by the test targets: the reference scorer's matching rules and a seeded generator.
        .target(name: "CiteGraphTestSupport", path: "Tests/CiteGraphTestSupport"),
        .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph", "CiteGraphTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "CiteGraphPDFTests",
            dependencies: ["CiteGraphPDF", "CiteGraph", "CiteGraphTestSupport"],
            exclude: ["Fixtures/make-encrypted.py", "Fixtures/encrypted.pdf"]
        ),
        .testTarget(name: "CLITests", dependencies: ["CiteGraphCLI", "CiteGraphIndex", "CiteGraphTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CiteGraphIndexTests", dependencies: ["CiteGraphIndex", "CiteGraph", "CiteGraphTestSupport"]),
        .testTarget(
            name: "CiteGraphRenderingTests",
            dependencies: ["CiteGraphRendering", "CiteGraph", "CiteGraphTestSupport"]
        ),
    ]
)
