internal import CPoppler
import CiteGraph

/// poppler-glib and GLib, opened the first time a PDF is read rather than when
/// the process starts.
///
/// Linked the usual way, poppler brings NSS, cairo, lcms, libtiff, libjpeg,
/// OpenJPEG and more into every run of the CLI, which cost each query from an
/// index milliseconds for libraries it never calls (docs/PERFORMANCE.md,
/// "Index"). The function table's types come from poppler's headers
/// (`CGPopplerAPI`), so every call is type-checked as a direct call would be;
/// a missing library is a `ReadError` naming it.
enum PopplerLibrary {
    /// Each library by its soname first, then by the development link name.
    static let candidates = [["libglib-2.0.so.0", "libglib-2.0.so"], ["libgobject-2.0.so.0", "libgobject-2.0.so"],
                             ["libpoppler-glib.so.8", "libpoppler-glib.so"]]

    /// The table, or why it could not be made; computed once per process, thread-safely.
    static let loaded: Result<CGPopplerAPI, LoadFailure> = load()

    struct LoadFailure: Error { let reason: String }

    /// The table, or a `ReadError` for the PDF at `path` saying what is missing.
    static func api(reading path: String) throws(ReadError) -> CGPopplerAPI {
        switch loaded {
        case .success(let api): return api
        case .failure(let failure): throw .pdf(path: path, reason: failure.reason)
        }
    }

    private static func load() -> Result<CGPopplerAPI, LoadFailure> {
        let libraries: SharedLibraries
        switch SharedLibraries.open(candidates) {
        case .success(let opened): libraries = opened
        case .failure(let failure):
            return .failure(LoadFailure(reason: "cannot load poppler to read PDFs (\(failure.messages.joined(separator: "; "))); install it with scripts/install-deps.sh (libpoppler-glib-dev)"))
        }
        var api = CGPopplerAPI()
        var missing: [String] = []
        func bind<F>(_ field: inout F?, _ name: String) { libraries.bind(&field, name, missing: &missing) }
        bind(&api.g_filename_to_uri, "g_filename_to_uri")
        bind(&api.g_free, "g_free")
        bind(&api.g_error_free, "g_error_free")
        bind(&api.g_object_unref, "g_object_unref")
        bind(&api.poppler_document_new_from_file, "poppler_document_new_from_file")
        bind(&api.poppler_document_get_n_pages, "poppler_document_get_n_pages")
        bind(&api.poppler_document_get_page, "poppler_document_get_page")
        bind(&api.poppler_error_quark, "poppler_error_quark")
        bind(&api.poppler_page_get_size, "poppler_page_get_size")
        bind(&api.poppler_page_get_text, "poppler_page_get_text")
        bind(&api.poppler_page_get_text_layout, "poppler_page_get_text_layout")
        bind(&api.poppler_page_get_text_attributes, "poppler_page_get_text_attributes")
        bind(&api.poppler_page_free_text_attributes, "poppler_page_free_text_attributes")
        guard missing.isEmpty else {
            return .failure(LoadFailure(reason: "this poppler lacks \(missing.joined(separator: ", "))"))
        }
        return .success(api)
    }
}
