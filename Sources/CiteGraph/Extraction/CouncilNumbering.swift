/// The Security Council numbers its resolutions in one series since 1946, so a
/// number alone names one resolution, and the year it was adopted follows from the
/// number: "resolution 687 as it relates to …" is 687 (1991). This table is what
/// makes that reading, and the repair of a year the print damaged, checkable.
///
/// It holds the first number of each year as the Council's own records give it
/// (Resolutions and Decisions of the Security Council, yearly volumes). Where the
/// table has no year for a number it says so (`nil`) rather than guess.
enum CouncilNumbering {
    /// First resolution number adopted in each year, 1946–1995.
    static let firstOfYear: [(year: Int, first: Int)] = [
        (1946, 1), (1947, 16), (1948, 38), (1949, 67), (1950, 79), (1951, 90), (1952, 97), (1953, 99),
        (1954, 104), (1955, 106), (1956, 111), (1957, 122), (1958, 127), (1959, 132), (1960, 133),
        (1961, 161), (1962, 171), (1963, 178), (1964, 186), (1965, 200), (1966, 220), (1967, 233),
        (1968, 245), (1969, 263), (1970, 276), (1971, 292), (1972, 308), (1973, 325), (1974, 345),
        (1975, 367), (1976, 385), (1977, 403), (1978, 423), (1979, 444), (1980, 462), (1981, 485),
        (1982, 500), (1983, 529), (1984, 546), (1985, 560), (1986, 581), (1987, 594), (1988, 607),
        (1989, 627), (1990, 647), (1991, 684), (1992, 726), (1993, 800), (1994, 893), (1995, 966),
    ]

    /// The year resolution `number` was adopted, where the table covers it.
    static func year(of number: Int) -> Int? {
        guard number >= 1 else { return nil }
        let table = firstOfYear
        // The last year's end is not in the table: numbers from its first on are unknown.
        guard number < table[table.count - 1].first else { return nil }
        var lo = 0, hi = table.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if table[mid].first <= number { lo = mid } else { hi = mid }
        }
        return table[lo].year
    }

    /// Whether resolution `number` could have been adopted in `year`: exact where
    /// the table covers the number, otherwise only that the order of numbers and
    /// years agrees with the table's last entry.
    static func isPlausible(number: Int, year: Int) -> Bool {
        if let known = self.year(of: number) { return known == year }
        let last = firstOfYear[firstOfYear.count - 1]
        return number >= last.first && year >= last.year && year <= 2100
    }
}
