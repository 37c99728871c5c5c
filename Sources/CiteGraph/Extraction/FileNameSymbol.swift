/// The symbol a file name spells, for a text that states none of its own:
/// "S_RES_0687_1991_EN.txt" is S/RES/687 (1991), "A_RES_73_8-EN.pdf" is A/RES/73/8,
/// "A_RES_76_100-2118703E.xml" is A/RES/76/100, "E_RES_2022_1.txt" is E/RES/2022/1.
///
/// The name is read as the UN's own file naming writes a symbol: the series letters
/// and numbers joined by "_" where the symbol has "/", then a suffix after "-" or
/// after the numbers (job number, language, "GOLD") that is not part of it. Only a
/// resolution or decision series is taken; any other name gives nothing, so a
/// README or a table is never given a symbol.
enum FileNameSymbol {
    static let series: Set<String> = ["A/RES", "E/RES", "S/RES", "A/HRC/RES", "A/DEC", "E/DEC", "A/HRC/DEC"]

    static func symbol(fromPath path: String) -> String? {
        var name = Substring(path.split(separator: "/").last ?? "")
        if let dot = name.firstIndex(of: ".") { name = name[..<dot] }
        if let dash = name.firstIndex(of: "-") { name = name[..<dash] }
        var letters: [Substring] = [], numbers: [Int] = []
        for token in name.split(separator: "_") {
            if numbers.isEmpty, token.allSatisfy({ $0.isASCII && $0.isUppercase }), !token.isEmpty {
                letters.append(token)
            } else if token.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(token), token.count <= 4 {
                numbers.append(n)
            } else {
                break   // "EN", "GOLD", "2118703E": the suffix
            }
        }
        let prefix = letters.joined(separator: "/")
        guard series.contains(prefix), numbers.count == 2, numbers[1] > 0 else { return nil }
        if prefix == "S/RES" {
            guard CouncilNumbering.isPlausible(number: numbers[0], year: numbers[1]) else { return nil }
            return "S/RES/\(numbers[0]) (\(numbers[1]))"
        }
        return "\(prefix)/\(numbers[0])/\(numbers[1])"
    }
}
