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
        .executable(name: "citegraph", targets: ["CiteGraphCLI"]),
        .executable(name: "citegraph-bench-graph", targets: ["CiteGraphBenchGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CiteGraph"),
        .executableTarget(
            name: "CiteGraphCLI",
            dependencies: [
                "CiteGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Not a test: scripts/bench-graph.sh runs it in release and compares with networkx.
        .executableTarget(name: "CiteGraphBenchGraph", dependencies: ["CiteGraph"]),
        .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["CiteGraphCLI"]),
    ]
)
