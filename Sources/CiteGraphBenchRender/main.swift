import CiteGraphRendering
import Foundation

// Renders one DOT file to SVG N times in this process and prints the wall time,
// the in-process half of scripts/bench-render.sh's comparison with `dot -Tsvg`.
// Usage: citegraph-bench-render FILE.dot N [ENGINE]
//        citegraph-bench-render --timeline N [SEED]   (stages of a timeline diagram; TimelineBench.swift)

let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "--timeline", let n = Int(arguments[2]), n > 0 {
    do {
        try TimelineBench.run(n, seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("citegraph-bench-render: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
guard arguments.count >= 3, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: citegraph-bench-render FILE.dot N [ENGINE]\n".utf8))
    exit(2)
}
let engine = arguments.count > 3 ? arguments[3] : "dot"
let dot: String
do {
    dot = try String(contentsOfFile: arguments[1], encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("citegraph-bench-render: cannot read \(arguments[1]): \(error.localizedDescription)\n".utf8))
    exit(1)
}

let renderer = GraphvizRenderer()
let clock = ContinuousClock()
var bytes = 0
let elapsed = clock.measure {
    for _ in 0..<count {
        do {
            bytes = try renderer.render(dot: dot, engine: engine, format: .svg).data.count
        } catch {
            FileHandle.standardError.write(Data("citegraph-bench-render: \(error.localizedDescription)\n".utf8))
            exit(1)
        }
    }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "in-process: %d renders in %.3f s, %.2f ms each, %d bytes of SVG", count, seconds,
             seconds / Double(count) * 1000, bytes))
