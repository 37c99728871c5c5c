#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C libraries opened at run time (`dlopen`) rather than linked, so that a process loads
/// them only when it first needs them: what `CiteGraphPDF` (poppler) and
/// `CiteGraphRendering` (Graphviz) share, each with its own table of typed functions.
package struct SharedLibraries {
    private let handles: [UnsafeMutableRawPointer]

    /// Why a library could not be opened: the loader's message for each name tried.
    package struct OpenFailure: Error {
        package let messages: [String]
    }

    /// Opens each library by the first of its names that loads (a soname first, then the
    /// development link name). Global, so that plugins a library loads later (Graphviz's)
    /// resolve against these very copies.
    package static func open(_ candidates: [[String]]) -> Result<SharedLibraries, OpenFailure> {
        var handles: [UnsafeMutableRawPointer] = []
        for names in candidates {
            var errors: [String] = []
            var handle: UnsafeMutableRawPointer?
            for name in names {
                handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL)
                if handle != nil { break }
                errors.append(dlerror().map { String(cString: $0) } ?? name)
            }
            guard let handle else { return .failure(OpenFailure(messages: errors)) }
            handles.append(handle)
        }
        return .success(SharedLibraries(handles: handles))
    }

    /// Sets `field` to the function `name` from the libraries (the last opened first), as the
    /// header's type `F`; where none has it, leaves it nil and adds `name` to `missing`.
    package func bind<F>(_ field: inout F?, _ name: String, missing: inout [String]) {
        for handle in handles.reversed() {
            if let symbol = dlsym(handle, name) {
                field = unsafeBitCast(symbol, to: F.self)
                return
            }
        }
        missing.append(name)
    }
}
