/// Texts built to make an extractor do more than linear work, by family, at any size:
/// the shapes a converted PDF or HTML page takes when it loses its line breaks, and
/// the repetitions that once made extraction quadratic. `scripts/adversarial-text.py`
/// writes the same families for the scaling benchmark.
public enum AdversarialText {
    public static let families = ["its", "list", "its-run", "markers", "dot-markers", "symbols", "ibid", "parens",
                                  "paragraph", "names", "same-name", "council", "sets", "drafts"]

    /// About `size` bytes of `family`.
    public static func make(_ family: String, size: Int) -> String {
        switch family {
        case "its":
            // The reported case: no ";" and no ". ", so one clause of the whole text.
            return repeated("Recalling its resolution 1373 (2001) and S/2020/12, ", size)
        case "list":
            var out = "Recalling its resolutions ", k = 0
            while out.utf8.count < size { out += "\(50 + k % 20)/\(100 + k % 900) of 21 December 2001, "; k += 1 }
            return out
        case "its-run":
            return repeated("its ", size) + "resolution 56/183"
        case "markers":
            return "The General Assembly,\n\n" + repeated("the Tunis Agenda x.1, Geneva1 and Tunis1; ", size) + "\n\n1 See A/60/687.\n"
        case "dot-markers":
            // One word of markers after dots: each "." once searched the whole word for a "/".
            return "The General Assembly,\n\n" + repeated("x.1,", size) + "\n\n1 See A/60/687.\n"
        case "symbols":
            return repeated("A/67/66-E/2012/49, S/2020/12 and A/RES/57/270 B, ", size)
        case "ibid":
            var notes = ["1 See A/60/687, A/61/1 and S/2020/12."], k = 2, n = 0
            while n < size { let s = "\(k) Ibid."; notes.append(s); n += s.utf8.count + 1; k += 1 }
            return "The General Assembly,\n\nRecalling the Summit.1\n\n" + notes.joined(separator: "\n") + "\n"
        case "parens":
            let depth = max(0, size / 2 - 10)
            return String(repeating: "(", count: depth) + "resolution 56/183" + String(repeating: ")", count: depth)
        case "paragraph":
            return repeated("The General Assembly, recalling its resolutions 56/183 of 21 December 2001 and 57/238 of "
                + "20 December 2002, and Economic and Social Council resolution 2006/46, taking note of the report "
                + "of the Secretary-General (A/67/66-E/2012/49), ", size)
        case "names":
            // Names a note defines, each mentioned again later: each is searched for in what follows.
            var body = "", notes: [String] = [], k = 1
            while body.utf8.count + notes.count * 16 < size {
                body += "Recalling the Declaration of Principles \(word(k)) and the Plan of Action \(word(k + 7)),\(k) "
                notes.append("\(k) See A/60/\(k).")
                k += 1
            }
            return "The General Assembly,\n\n" + body + "\n\n" + notes.joined(separator: "\n") + "\n"
        case "same-name":
            // One name a note defines, learned again at every marker.
            return "The General Assembly,\n\n" + repeated("Recalling the Tunis Agenda for the Information Society,1 ", size)
                + "\n\n1 See A/60/687.\n"
        case "council":
            // "Council" alone, each asking which council the segment named last.
            return "The General Assembly,\n\n" + repeated("the Human Rights Council named, inter alia, Council resolution 45/8 and Council decision 3/1, ", size)
        case "sets":
            // Sets named by their organ and members picked out of them, in one clause.
            return "The General Assembly,\n\n" + repeated("Human Rights Council resolutions on the topic, including resolutions 19/11 and ", size)
        case "drafts":
            // Enacting formulas after colons, each handing the text to another organ.
            return "The Economic and Social Council,\n\n" + repeated("the following draft: The General Assembly, recalling its resolution 56/183: ", size)
        default:
            preconditionFailure("no adversarial family \(family)")
        }
    }

    static func repeated(_ unit: String, _ size: Int) -> String {
        String(repeating: unit, count: max(1, size / unit.utf8.count))
    }

    /// A capitalised word spelling `k` in letters ("Bca"), so that names differ.
    static func word(_ k: Int) -> String {
        var n = k, s = ""
        repeat { s.append(Character(Unicode.Scalar(UInt8(97 + n % 26)))); n /= 26 } while n > 0
        return s.prefix(1).uppercased() + s.dropFirst()
    }
}
