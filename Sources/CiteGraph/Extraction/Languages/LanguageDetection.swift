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
        // Read without bounds checks: every byte of a short text passes here once.
        bytes.withUnsafeBufferPointer { detect($0) }
    }

    private static func detect(_ b: UnsafeBufferPointer<UInt8>) -> Language {
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
