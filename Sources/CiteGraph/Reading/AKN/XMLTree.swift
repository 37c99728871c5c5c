import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a tree of elements and text, built by Foundation's
/// `XMLParser` (libxml2 underneath, on every platform).
///
/// Akoma Ntoso mixes text and markup inside a paragraph (`<p>Recalling its
/// resolution <a href=...>73/89</a> of 6 December 2018,</p>`), and what a reader
/// needs is the order of the two, so a node is either an element or a run of
/// text. Names are local names: every AKN4UN element is in the Akoma Ntoso 3.0
/// namespace, and the few `akn4un:` extensions carry no text a reader wants.
struct XMLElement: Sendable, Hashable {
    enum Node: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    var name: String
    var attributes: [String: String]
    var children: [Node]
    /// The element's place in document order (0 for the root): an identity for an
    /// element that survives copies of the tree.
    var order: Int = 0

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// The first element named `name` in document order, this one included.
    func descendant(_ name: String) -> XMLElement? {
        if self.name == name { return self }
        for e in elements { if let hit = e.descendant(name) { return hit } }
        return nil
    }

    /// Every element in document order, this one first.
    func forEach(_ body: (XMLElement) -> Void) {
        body(self)
        for e in elements { e.forEach(body) }
    }

    /// All the text inside, in order, markup dropped.
    var allText: String {
        var out = ""
        func add(_ e: XMLElement) {
            for c in e.children {
                switch c {
                case .text(let t): out += t
                case .element(let e): add(e)
                }
            }
        }
        add(self)
        return out
    }
}

/// Parses XML into an `XMLElement` tree; a document that is not well-formed is one
/// error naming the file, the line and libxml2's reason.
enum XMLTree {
    static func parse(_ data: Data, path: String) throws(ReadError) -> XMLElement {
        // AKN4UN documents are UTF-8. Bytes that are not (0xFF after "<?xml vers", found by
        // fuzzing) make FoundationXML trap instead of failing, so they are refused first.
        if let bad = invalidUTF8(data) {
            let line = 1 + data.prefix(bad).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw .malformedXML(path: path, line: line, reason: "not valid UTF-8 at byte \(bad); Akoma Ntoso documents are UTF-8")
        }
        let builder = Builder()
        let parser = XMLParser(data: withoutEmptyProcessingInstructions(data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let ok = parser.parse()
        if !ok || builder.error != nil || builder.root == nil {
            let reason = builder.error?.reason ?? parser.parserError.map(Self.describe) ?? "no root element"
            let line = builder.error?.line ?? parser.lineNumber
            throw .malformedXML(path: path, line: line, reason: reason)
        }
        return builder.root!
    }

    /// The bytes with every processing instruction that has no data ("<?xml.?>", "<?pi?>")
    /// blanked to spaces. FoundationXML hands such an instruction's missing data to strlen
    /// and crashes (found by fuzzing); AKN4UN documents hold none, and a blank is what an
    /// XML reader ignores between tags.
    static func withoutEmptyProcessingInstructions(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        var i = 0
        var changed = false
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, !Self.isSpace(bytes[j]), !(bytes[j] == UInt8(ascii: "?") && j + 1 < bytes.count && bytes[j + 1] == UInt8(ascii: ">")) { j += 1 }
            var k = j
            while k < bytes.count, Self.isSpace(bytes[k]) { k += 1 }
            guard k + 1 < bytes.count, bytes[k] == UInt8(ascii: "?"), bytes[k + 1] == UInt8(ascii: ">") else { i = j; continue }
            // "<?target?>" or "<?target   ?>": no data.
            for m in i...(k + 1) where bytes[m] != 0x0A { bytes[m] = 0x20 }
            changed = true
            i = k + 2
        }
        return changed ? Data(bytes) : data
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The offset of the first byte that is not part of valid UTF-8, or nil. A file that
    /// starts with a UTF-16 byte-order mark is left to the parser, which reads UTF-16.
    static func invalidUTF8(_ data: Data) -> Int? {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) { return nil }
        var decoder = UTF8()
        var bytes = CountingIterator(base: data.makeIterator())
        while true {
            let before = bytes.count
            switch decoder.decode(&bytes) {
            case .scalarValue: continue
            case .emptyInput: return nil
            case .error: return before
            }
        }
    }

    /// Counts the bytes an iterator has handed out, for the offset of a decoding error.
    private struct CountingIterator: IteratorProtocol {
        var base: Data.Iterator
        var count = 0
        mutating func next() -> UInt8? {
            guard let b = base.next() else { return nil }
            count += 1
            return b
        }
    }

    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        // libxml2's own message, when Foundation passes it on, says what is wrong;
        // otherwise the code of XMLParser.ErrorCode is all there is.
        if let message = ns.userInfo["NSXMLParserErrorMessage"] as? String, !message.isEmpty {
            return message.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return "XML parser error \(ns.code)"
    }

    /// Builds the tree from the parser's events: a stack of open elements, and the
    /// text of the innermost one gathered until the next tag (libxml2 hands a long
    /// run of text over in pieces; joining them as they come would be quadratic).
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLElement] = []
        var pending = ""
        var count = 0
        var root: XMLElement?
        var error: (line: Int, reason: String)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            flush()
            // With namespaces processed, `elementName` is the local name; attributes keep
            // their prefixes ("xml:space"), and AKN's own attributes have none.
            stack.append(XMLElement(name: elementName, attributes: attributeDict, children: [], order: count))
            count += 1
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            flush()
            guard let done = stack.popLast() else { return }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(.element(done)) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { pending += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !stack.isEmpty { pending += String(decoding: CDATABlock, as: UTF8.self) }
        }

        private func flush() {
            guard !pending.isEmpty, !stack.isEmpty else { return }
            stack[stack.count - 1].children.append(.text(pending))
            pending = ""
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if error == nil { error = (parser.lineNumber, XMLTree.describe(parseError)) }
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
            if error == nil { error = (parser.lineNumber, XMLTree.describe(validationError)) }
        }
    }
}
