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

// The Graphviz functions CiteGraphRendering calls, looked up with dlsym when
// Graphviz is first used. Each field's type is the header's own declaration
// (`__typeof__`), so a call through the table is checked like a direct call.
typedef struct {
    __typeof__(&gvContext) gvContext;
    __typeof__(&gvLayout) gvLayout;
    __typeof__(&gvFreeLayout) gvFreeLayout;
    __typeof__(&gvRenderData) gvRenderData;
    __typeof__(&gvFreeRenderData) gvFreeRenderData;
    __typeof__(&gvPluginList) gvPluginList;
    __typeof__(&agmemread) agmemread;
    __typeof__(&agclose) agclose;
    __typeof__(&agsetfile) agsetfile;
    __typeof__(&aglexbad) aglexbad;
    __typeof__(&agseterrf) agseterrf;
    __typeof__(&agreseterrors) agreseterrors;
} CGGraphvizAPI;
