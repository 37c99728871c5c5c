// Graphviz's layout-and-render API (libgvc) and the graph API it works on (libcgraph).
// Only the CiteGraphRendering target imports this module.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Discards what the DOT lexer still holds from the previous parse (the flush
// libcgraph itself does after a syntax error). Exported by libcgraph but missing
// from its public header. Called before every parse because the lexer's buffer is
// global: once, a syntax error in a one-line graph was reported "in line 2" after
// other graphs had been parsed in the same process.
extern void aglexbad(void);
