/// A Security Council resolution number as a damaged print shows it, inside a list
/// of resolutions: "S71 (1985)" (S for 5), "SOL (1982)" (O for 0, L for 1), "387 1976)"
/// and "841 1993 of 16 June" (brackets lost), "662 é 1990)" (a bracket read as a letter).
///
/// A damaged item is read only where the Council's numbering leaves one reading: the
/// number must be one the Council adopted in that very year (`CouncilNumbering`), which
/// a random misreading almost never is. The caller says what was repaired, so a user
/// can check it.
enum DamagedCouncilNumber {
    /// Characters OCR puts for digits in the printed volumes.
    static func digit(_ c: UInt8) -> UInt8? {
        if Byte.isDigit(c) { return c }
        switch c {
        case UInt8(ascii: "S"): return UInt8(ascii: "5")
        case UInt8(ascii: "O"), UInt8(ascii: "o"): return UInt8(ascii: "0")
        case UInt8(ascii: "I"), UInt8(ascii: "l"), UInt8(ascii: "L"): return UInt8(ascii: "1")
        default: return nil
        }
    }

    /// The item at `i` (which must not continue a word), its printed text, or nil.
    static func parse(_ b: [UInt8], at i: Int, limit: Int) -> (item: ResolutionNumber, printed: String)? {
        guard i < limit, i == 0 || !Byte.isAlnum(b[i - 1]) else { return nil }
        var j = i, value = 0, digits = 0, substituted = false
        while j < limit, j - i < 4, let d = digit(b[j]) {
            if !Byte.isDigit(b[j]) { substituted = true }
            value = value * 10 + Int(d - 0x30)
            digits += 1
            j += 1
        }
        guard digits > 0, j == limit || !Byte.isAlnum(b[j]), value > 0 else { return nil }
        // Up to the year: "(", a stray mark standing for it, or nothing.
        var k = b.skipSpaces(from: j, limit: limit)
        guard k - j <= 1 else { return nil }
        var opened = false, misread = false
        if k < limit, b[k] == Byte.openParen { opened = true; k = b.skipSpaces(from: k + 1, limit: limit) }
        else if k < limit, b[k] >= 0x80 || b[k] == UInt8(ascii: "{") || b[k] == UInt8(ascii: "[") {
            // One character (UTF-8 or ASCII) read for the bracket.
            k += 1
            while k < limit, b[k] & 0xC0 == 0x80 { k += 1 }
            opened = true
            misread = true
            k = b.skipSpaces(from: k, limit: limit)
        }
        guard let year = b.number(at: k, limit: limit, maxDigits: 4), year.end - k == 4 else { return nil }
        var end = year.end
        var closed = false
        if end < limit, b[end] == Byte.closeParen { closed = true; end += 1 }
        // An undamaged item is ResolutionNumber's to read.
        guard substituted || misread || !(opened && closed) else { return nil }
        guard CouncilNumbering.year(of: value) == year.value else { return nil }
        let item = ResolutionNumber(shape: .yearly(number: value, year: year.value), parts: [], range: i..<end)
        return (item, b.string(i..<end))
    }
}
