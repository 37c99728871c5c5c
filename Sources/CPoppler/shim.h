// poppler's GLib API: documents, pages, text with per-character layout and
// font attributes. Only CiteGraphPDF imports this module.
#include <poppler.h>
