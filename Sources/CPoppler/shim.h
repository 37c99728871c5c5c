// poppler's GLib API: documents, pages, text with per-character layout and
// font attributes. Only CiteGraphPDF imports this module.
// By its path under the system include directory: only GLib and cairo come from pkg-config.
#include <poppler/glib/poppler.h>

// The poppler and GLib functions CiteGraphPDF calls, looked up with dlsym when
// the first PDF is read. Each field's type is the header's own declaration
// (`__typeof__`), so a call through the table is checked like a direct call.
typedef struct {
    __typeof__(&g_filename_to_uri) g_filename_to_uri;
    __typeof__(&g_free) g_free;
    __typeof__(&g_error_free) g_error_free;
    __typeof__(&g_object_unref) g_object_unref;
    __typeof__(&g_bytes_new) g_bytes_new;
    __typeof__(&g_bytes_unref) g_bytes_unref;
    __typeof__(&poppler_document_new_from_bytes) poppler_document_new_from_bytes;
    __typeof__(&poppler_document_new_from_file) poppler_document_new_from_file;
    __typeof__(&poppler_document_get_n_pages) poppler_document_get_n_pages;
    __typeof__(&poppler_document_get_page) poppler_document_get_page;
    __typeof__(&poppler_error_quark) poppler_error_quark;
    __typeof__(&poppler_page_get_size) poppler_page_get_size;
    __typeof__(&poppler_page_get_text) poppler_page_get_text;
    __typeof__(&poppler_page_get_text_layout) poppler_page_get_text_layout;
    __typeof__(&poppler_page_get_text_attributes) poppler_page_get_text_attributes;
    __typeof__(&poppler_page_free_text_attributes) poppler_page_free_text_attributes;
} CGPopplerAPI;
