/// The language a text is written in, told from its first bytes.
///
/// The script settles four of the six: Cyrillic lead bytes (D0, D1) are Russian, Arabic
/// ones (D8–DB) Arabic, CJK ideographs (E3–E9) Chinese. Latin texts are told apart by
/// the short words each language repeats in every sentence ("les", "des" · "los", "del" ·
/// "the", "of"): a text is French or Spanish only when those words outnumber English's
/// two to one, so an English text quoting a French title stays English.
enum LanguageDetection {
    /// How much of a text is read: a resolution's first page tells its language.
    static let sample = 12_000

    static func detect(_ bytes: [UInt8]) -> Language {
        bytes.withUnsafeBufferPointer { detect($0) }
    }

    /// Counts what `detectByteByByte` counts, eight bytes at a time: the positions of the bytes
    /// that are not letters (`Block`) delimit the words, and only a word of two or three
    /// bytes is looked at; a block without a byte of 0x80 or more has no script to count.
    /// Every text passes here, and the byte-by-byte loop was 5% of extraction's instructions.
    private static func detect(_ b: UnsafeBufferPointer<UInt8>) -> Language {
        let n = min(b.count, sample)
        guard n > 0, let base = b.baseAddress else { return .en }
        var scripts = (cyrillic: 0, arabic: 0, cjk: 0), words = (en: 0, fr: 0, es: 0)
        var last = -1   // the last byte that is no letter
        var i = 0
        while i + Block.width <= n {
            let x = Block.load(base + i)
            let letters = Block.inRange(x | (0x20 &* Block.ones), 0x61, 0x7A) | (x & Block.highs)
            var others = ~letters & Block.highs
            while others != 0 {
                let p = i + Block.firstSet(others)
                count(word: last + 1..<p, in: b, &words)
                last = p
                others &= others - 1
            }
            if x & Block.highs != 0 {
                for k in i..<(i + Block.width) where b[k] >= 0x80 { count(script: b[k], &scripts) }
            }
            i += Block.width
        }
        while i < n {
            if !Byte.isAlpha(b[i]) {
                count(word: last + 1..<i, in: b, &words)
                last = i
            } else if b[i] >= 0x80 {
                count(script: b[i], &scripts)
            }
            i += 1
        }
        count(word: last + 1..<n, in: b, &words)
        return decide(scripts: scripts, words: words)
    }

    /// A word (a run of letters between two bytes that are none) of two or three lower-case
    /// ASCII letters, if it is one of the short words each language repeats.
    @inline(__always)
    private static func count(word r: Range<Int>, in b: UnsafeBufferPointer<UInt8>, _ words: inout (en: Int, fr: Int, es: Int)) {
        switch r.count {
        case 2:
            guard Byte.isLower(b[r.lowerBound]), Byte.isLower(b[r.lowerBound + 1]) else { return }
            let w = (b[r.lowerBound], b[r.lowerBound + 1])
            if w == (0x64, 0x75) { words.fr += 1 }                 // du
            else if w == (0x6F, 0x66) { words.en += 1 }            // of
            else if w == (0x65, 0x6C) { words.es += 1 }            // el
        case 3:
            guard Byte.isLower(b[r.lowerBound]), Byte.isLower(b[r.lowerBound + 1]), Byte.isLower(b[r.lowerBound + 2]) else { return }
            let w = (b[r.lowerBound], b[r.lowerBound + 1], b[r.lowerBound + 2])
            if w == (0x74, 0x68, 0x65) || w == (0x61, 0x6E, 0x64) { words.en += 1 }  // the, and
            else if w == (0x6C, 0x65, 0x73) || w == (0x64, 0x65, 0x73) { words.fr += 1 } // les, des
            else if w == (0x6C, 0x6F, 0x73) || w == (0x6C, 0x61, 0x73) || w == (0x64, 0x65, 0x6C) { words.es += 1 } // los, las, del
        default:
            return
        }
    }

    @inline(__always)
    private static func count(script c: UInt8, _ scripts: inout (cyrillic: Int, arabic: Int, cjk: Int)) {
        switch c {
        case 0xD0, 0xD1: scripts.cyrillic += 1
        case 0xD8...0xDB: scripts.arabic += 1
        case 0xE3...0xE9: scripts.cjk += 1
        default: break
        }
    }

    private static func decide(scripts: (cyrillic: Int, arabic: Int, cjk: Int), words latinWords: (en: Int, fr: Int, es: Int)) -> Language {
        let scripts = [(Language.ru, scripts.cyrillic), (.ar, scripts.arabic), (.zh, scripts.cjk)].max { $0.1 < $1.1 }!
        if scripts.1 >= 24 { return scripts.0 }
        if latinWords.fr >= 3, latinWords.fr > 2 * latinWords.en, latinWords.fr > latinWords.es { return .fr }
        if latinWords.es >= 3, latinWords.es > 2 * latinWords.en, latinWords.es > latinWords.fr { return .es }
        return .en
    }

    /// The byte-by-byte reading `detect` replaced, kept as the oracle of its tests.
    static func detectByteByByte(_ bytes: [UInt8]) -> Language {
        bytes.withUnsafeBufferPointer { detectByteByByte($0) }
    }

    private static func detectByteByByte(_ b: UnsafeBufferPointer<UInt8>) -> Language {
        let n = min(b.count, sample)
        var cyrillic = 0, arabic = 0, cjk = 0, latinWords = (en: 0, fr: 0, es: 0)
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if Byte.isLower(c), i == 0 || !Byte.isAlpha(b[i - 1]) {
                    var e = i
                    while e < n, Byte.isLower(b[e]) { e += 1 }
                    if e == n || !Byte.isAlpha(b[e]) {
                        switch e - i {
                        case 2: if b[i] == 0x64 && b[i + 1] == 0x75 { latinWords.fr += 1 }                 // du
                                else if b[i] == 0x6F && b[i + 1] == 0x66 { latinWords.en += 1 }            // of
                                else if b[i] == 0x65 && b[i + 1] == 0x6C { latinWords.es += 1 }            // el
                        case 3:
                            let w = (b[i], b[i + 1], b[i + 2])
                            if w == (0x74, 0x68, 0x65) || w == (0x61, 0x6E, 0x64) { latinWords.en += 1 }  // the, and
                            else if w == (0x6C, 0x65, 0x73) || w == (0x64, 0x65, 0x73) { latinWords.fr += 1 } // les, des
                            else if w == (0x6C, 0x6F, 0x73) || w == (0x6C, 0x61, 0x73) || w == (0x64, 0x65, 0x6C) { latinWords.es += 1 } // los, las, del
                        default: break
                        }
                    }
                    i = e
                    continue
                }
                i += 1
                continue
            }
            switch c {
            case 0xD0, 0xD1: cyrillic += 1
            case 0xD8...0xDB: arabic += 1
            case 0xE3...0xE9: cjk += 1
            default: break
            }
            i += 1
        }
        let scripts = [(Language.ru, cyrillic), (.ar, arabic), (.zh, cjk)].max { $0.1 < $1.1 }!
        if scripts.1 >= 24 { return scripts.0 }
        if latinWords.fr >= 3, latinWords.fr > 2 * latinWords.en, latinWords.fr > latinWords.es { return .fr }
        if latinWords.es >= 3, latinWords.es > 2 * latinWords.en, latinWords.es > latinWords.fr { return .es }
        return .en
    }
}
