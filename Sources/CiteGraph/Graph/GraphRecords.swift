/// Node records, spelling keys and edge occurrences kept in a packed form and
/// decoded only when asked for.
///
/// A persistent index maps its snapshot and hands the graph one of these, so a
/// query over a million documents decodes the strings of the nodes it prints
/// and looks its symbol up in a sorted table, instead of building every
/// `GraphNode`, every occurrence and a dictionary of every spelling at load.
public protocol GraphRecordStore: Sendable {
    /// How many node records there are (the adjacency's node count).
    var nodeCount: Int { get }
    /// How many occurrences all edges carry together.
    var occurrenceCount: Int { get }
    /// The record of node `i`, decoded now.
    func node(_ i: Int) -> GraphNode
    /// The node a spelling key (`SymbolIdentity.normalize` of a symbol) names.
    func node(forKey key: String) -> Int32?
    /// How many spelling keys there are.
    var keyCount: Int { get }
    /// Every spelling key with its node, in increasing UTF-8 order of the key.
    func keys() -> [(key: String, node: Int32)]
    /// The occurrences of edge number `e`, in the order they were stored.
    func occurrences(ofEdge e: Int) -> [EdgeOccurrence]
}

/// A graph's documents, indexed by node number: held decoded (a graph built from
/// texts) or decoded one at a time from a `GraphRecordStore` (a mapped index).
public struct GraphNodes: RandomAccessCollection, Sendable, Equatable {
    enum Storage: Sendable {
        case decoded([GraphNode])
        case stored(any GraphRecordStore)
    }

    let storage: Storage

    /// Nodes held decoded.
    public init(_ nodes: [GraphNode]) { storage = .decoded(nodes) }

    /// Nodes decoded from `store` when read.
    public init(store: any GraphRecordStore) { storage = .stored(store) }

    /// Node 0.
    public var startIndex: Int { 0 }

    /// The node count.
    public var endIndex: Int {
        switch storage {
        case .decoded(let nodes): nodes.count
        case .stored(let store): store.nodeCount
        }
    }

    /// Node `i`; from a store, decoded by this call (keep it rather than reading it twice in a loop).
    public subscript(i: Int) -> GraphNode {
        switch storage {
        case .decoded(let nodes): return nodes[i]
        case .stored(let store):
            precondition(i >= 0 && i < store.nodeCount, "node \(i) is not in the graph")
            return store.node(i)
        }
    }

    /// The same records in the same order, however each side holds them.
    public static func == (a: GraphNodes, b: GraphNodes) -> Bool { a.elementsEqual(b) }
}

/// Every spelling key (see `SymbolIdentity`) that names a node: a dictionary for
/// a graph built from texts, a sorted table searched in place for a mapped index.
public struct SymbolIndex: Sendable, Equatable {
    enum Storage: Sendable {
        case dictionary([String: Int32])
        case stored(any GraphRecordStore)
    }

    let storage: Storage

    /// Keys held in a dictionary.
    public init(_ keys: [String: Int32]) { storage = .dictionary(keys) }

    /// Keys looked up in `store`.
    public init(store: any GraphRecordStore) { storage = .stored(store) }

    /// The node `key` names, if any.
    public subscript(key: String) -> Int32? {
        switch storage {
        case .dictionary(let keys): keys[key]
        case .stored(let store): store.node(forKey: key)
        }
    }

    /// How many keys there are.
    public var count: Int {
        switch storage {
        case .dictionary(let keys): keys.count
        case .stored(let store): store.keyCount
        }
    }

    /// Every key with its node, in increasing UTF-8 order of the key.
    public func sortedEntries() -> [(key: String, node: Int32)] {
        switch storage {
        case .dictionary(let keys):
            keys.map { (key: $0.key, node: $0.value) }.sorted { $0.key.utf8Precedes($1.key) }
        case .stored(let store): store.keys()
        }
    }

    /// The same keys naming the same nodes, however each side holds them.
    public static func == (a: SymbolIndex, b: SymbolIndex) -> Bool {
        a.count == b.count && a.sortedEntries().elementsEqual(b.sortedEntries()) { $0.key == $1.key && $0.node == $1.node }
    }
}
