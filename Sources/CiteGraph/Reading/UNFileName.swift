import Foundation

/// Whether a file's name spells a UN document symbol the way archives and
/// downloads write them: the symbol's `/` as `_`, then anything (a language
/// code, a job number, `_GOLD`). `A_RES_73_3.txt`, `S_RES_0687_1991_EN_GOLD.txt`,
/// `A_RES_76_100-2118703E.xml` and `E_2012_49.pdf` do; `SOURCES.md`,
/// `README.md` and `notes.txt` do not.
///
/// A folder of resolutions often holds a README or a list of sources next to
/// the texts. A walk keeps a file without a symbol of its own only when its
/// name spells one, so such companions do not become documents with edges,
/// while a text whose heading the extractor missed (an OCR'd resolution) is
/// still read.
public enum UNFileName {
    /// The first elements of UN symbols: the principal organs' series (A, S,
    /// E, T, ST) and the bodies that issue their own (treaty bodies,
    /// programmes, conferences). Upper case, as symbols are written.
    public static let seriesPrefixes: Set<String> = [
        "A", "S", "E", "T", "ST", "HRC", "CRC", "CEDAW", "CERD", "CCPR", "CAT", "CMW", "CRPD",
        "DP", "TD", "UNEP", "FCCC", "ICCD", "UNW", "ICEF", "APLC", "CTOC", "NPT", "BWC", "CCW", "DC",
        "UNODC", "UNCTAD", "ECE", "ESCAP", "ECLAC", "ECA", "ESCWA", "ISBA", "SPLOS", "UNCITRAL", "WFP",
    ]

    /// Whether `path`'s file name starts with a series prefix and a further
    /// element that holds a digit or is `RES`/`DEC`/`PRST` (`A_RES_…`, `S_1995_…`, `E_CN.4_…`).
    public static func spellsSymbol(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let parts = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map(String.init)
        guard parts.count >= 2, seriesPrefixes.contains(parts[0]) else { return false }
        let next = parts[1]
        if ["RES", "DEC", "PRST", "CN", "AC", "CONF", "HRC", "C"].contains(where: { next.hasPrefix($0) }) { return true }
        return next.first?.isASCII == true && next.first?.isNumber == true
    }
}
