/// The council a segment named last before a point, carried forward as the scan moves on:
/// what "Council" alone refers to.
///
/// The UN's texts name a council in full once and then say "the Council": "all previous
/// resolutions of the Human Rights Council regarding the human rights to safe drinking water
/// and sanitation, inter alia, Council resolution 45/8", "an interim report to the Human
/// Rights Council …, in accordance with Council resolution 47/22". A bare "Council" is
/// otherwise read by the citing body and the number's shape (`CanonicalSymbol.resolve`), which
/// in a General Assembly text makes "45/8" an Assembly resolution of 1990.
///
/// As `ClauseOrgan` does, each query visits only the bytes since the previous one, so a
/// segment with many "Council resolution" is read in linear time.
struct LastCouncil {
    private let floor: Int
    private var end: Int
    private var council: Organ?
    /// The bytes the backward searches visited: the work the linear-time test counts.
    private(set) var visited = 0

    init(segment: Range<Int>) {
        floor = segment.lowerBound
        end = segment.lowerBound
    }

    /// The council named in full last before `p` in the segment (a bare "Council" is no
    /// name); queries come in increasing order, an earlier one starts afresh.
    mutating func named(before p: Int, in b: [UInt8]) -> Organ? {
        if p < end { end = floor; council = nil }
        var i = p
        while i > end {
            i -= 1
            visited += 1
            guard Byte.isAlpha(b[i]), i + 1 == p || !Byte.isAlnum(b[i + 1]) else { continue }
            if let hit = Organ.named(endingAt: i + 1, in: b, from: floor), Self.isNamedCouncil(hit.organ) {
                council = hit.organ
                break
            }
        }
        end = p
        return council
    }

    static func isNamedCouncil(_ organ: Organ) -> Bool {
        switch organ {
        case .humanRightsCouncil, .securityCouncil, .ecosoc: true
        default: false
        }
    }

    /// Whether `item` has the shape of `council`'s numbering: the Human Rights Council's
    /// sessions ("45/8", "S-29/1"), ECOSOC's years ("2013/38") and old sessions ("1733
    /// (LIV)"), the Security Council's years in brackets ("1325 (2000)"). A number of another
    /// shape keeps the reading by the citing body and the shape.
    static func fits(_ council: Organ, _ item: ResolutionNumber) -> Bool {
        switch (council, item.shape) {
        case (.humanRightsCouncil, .sessional(let prefix, let session, _)): (prefix.isEmpty && session < 1946) || prefix == "S-"
        case (.ecosoc, .sessional(let prefix, let session, _)): prefix.isEmpty && session >= 1946
        case (.ecosoc, .roman): true
        case (.securityCouncil, .yearly): true
        default: false
        }
    }
}
