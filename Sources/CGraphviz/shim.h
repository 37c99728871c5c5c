// Graphviz's layout-and-render API (libgvc) and the graph API it works on (libcgraph).
// Only the CiteGraphRendering target imports this module.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
