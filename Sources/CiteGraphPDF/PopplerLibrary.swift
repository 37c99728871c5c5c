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
        bind(&api.g_bytes_new, "g_bytes_new")
        bind(&api.g_bytes_unref, "g_bytes_unref")
        bind(&api.poppler_document_new_from_bytes, "poppler_document_new_from_bytes")
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
        _ = openResidentDocument(api)  // never freed: see there
        return .success(api)
    }

    /// Opens one small document that is never closed, so that poppler's global
    /// parameters are made once per process instead of once per PDF.
    ///
    /// poppler-glib gives every open document a share in poppler's
    /// `GlobalParams` (its name-to-Unicode tables, Unicode maps and font
    /// lists) and destroys them when the last open document is freed. A run that
    /// reads PDFs one at a time therefore built them again for every file: 85 %
    /// of poppler's own time on small PDFs (`scripts/poppler-floor.sh`: 1,062
    /// documents a second, 8,238 with one document kept open; docs/FAULTS.md).
    /// If the document cannot be made, every PDF still reads, only slower.
    static func openResidentDocument(_ api: CGPopplerAPI) -> OpaquePointer? {
        let pdf = residentPDF
        guard let bytes = pdf.withUnsafeBytes({ api.g_bytes_new!($0.baseAddress, gsize($0.count)) }) else { return nil }
        defer { api.g_bytes_unref!(bytes) }
        var error: UnsafeMutablePointer<GError>?
        let document = api.poppler_document_new_from_bytes!(bytes, nil, &error)
        if let error { api.g_error_free!(error) }
        return document
    }

    /// A well-formed one-page PDF with no content.
    static let residentPDF = pdfFile(objects: ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>"])

    /// A PDF file of `objects`, numbered from 1 with the first as the catalog,
    /// its cross-reference table computed from where each object lands, so that
    /// poppler reads it without repairing it.
    static func pdfFile(objects: [String]) -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(text.utf8)
    }
}
