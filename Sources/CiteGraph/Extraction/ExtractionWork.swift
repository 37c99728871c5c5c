/// What one extraction's searches cost, in bytes visited: the searches that look back
/// (to a clause's start for "its resolution", through a word for a footnote marker) or
/// again (a name a note defined, in every later paragraph). Extraction must stay linear on
/// any input, and these are where it once was not; tests and fuzz targets assert that the
/// total stays within a small multiple of the text's size, which a timer cannot show.
struct ExtractionWork: Sendable, Equatable {
    /// Bytes the clause searches of "its <keyword>" visited (`ClauseOrgan`).
    var clauseBytes = 0
    /// Bytes the footnote markers' backward searches visited (`FootnoteMarkers`).
    var markerBytes = 0
    /// Bytes the searches for names a note defined passed (`NamedDocuments`).
    var nameBytes = 0

    var total: Int { clauseBytes + markerBytes + nameBytes }
}
