import CiteGraph

// Read every text in the folder and extract its citations, one file at a time.
let loader = CorpusLoader()
let documents = loader.documents(["Samples/"]) { event in
    print("citegraph:", event)
}

// One graph over the corpus: a node per document, an edge per citing/cited pair.
let graph = CitationGraph(documents: documents)
let resolution = try SymbolResolver(graph: graph).resolve("67/195")
print(graph.nodes[resolution].symbol, "cites", graph.ancestors(of: resolution, depth: 1).count, "documents")

// What to draw: the resolution and what it recalls or reaffirms, two steps deep.
let filter = GraphFilter(relations: [.recalls, .reaffirms])
let selection = try graph.subgraph(.ancestors(of: resolution, depth: 2), filter: filter)
let dot = DOTWriter().write(selection)
