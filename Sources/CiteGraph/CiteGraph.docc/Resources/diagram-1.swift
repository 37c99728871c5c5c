import CiteGraph

// Read every text in the folder and extract its citations, one file at a time.
let loader = CorpusLoader()
let documents = loader.documents(["Samples/"]) { event in
    print("citegraph:", event)
}
