/// A small AKN4UN resolution written for the tests (no data from ../shared): every
/// structure the reader handles, and links that agree with the words, split a
/// reference, stand on words the grammar does not read, and contradict the words.
enum AKNFixture {
    static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">
      <!-- a comment is not text -->
      <statement name="resolution">
        <meta>
          <identification source="#DGACM">
            <FRBRWork>
              <FRBRthis value="/akn/un/statement/deliberation/unga/2021-12-09/76-84A-B/!main/"/>
              <FRBRuri value="/akn/un/statement/deliberation/unga/2021-12-09/76-84A-B/"/>
              <FRBRdate date="2021-12-09" name="adoption"/>
            </FRBRWork>
          </identification>
          <references><TLCOrganization eId="ga" showAs="General Assembly"/></references>
        </meta>
        <coverPage>
          <p><docAuthority>United Nations</docAuthority></p>
          <p class="upperRight"><docNumber refersTo="#symbol">A/RES/76/84 A-B</docNumber></p>
          <p><docDate date="2021-12-15" refersTo="#dateOfIssuance">15 December 2021</docDate></p>
          <p><session refersTo="#generalAssembly" value="76">Seventy-sixth session</session></p>
          <p><inline name="agenda item">Agenda item 39</inline></p>
          <p><docTitle>Resolution adopted by the General Assembly on 9 December 2021</docTitle></p>
          <p xml:space="preserve"><docProponent>[without reference to a Main Committee (<inline name="originating document">A/76/L.14</inline>)]</docProponent></p>
        </coverPage>
        <preface>
          <p><docNumber>76/84.</docNumber><docTitle><span class="bold">\tPeaceful settlement of questions</span></docTitle></p>
        </preface>
        <preamble>
          <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
          <container name="Recalling">
            <p xml:space="preserve">\t<span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/73/89">73/89</a> of 6 December 2018,</p>
          </container>
          <container name="Recalling also">
            <p xml:space="preserve">\t<span class="italic">Recalling also</span> its resolution <a href="https://undocs.org/en/A/RES/58/292">58/</a><a href="https://undocs.org/en/A/RES/58/292">2</a><a href="https://undocs.org/en/A/RES/58/292">92</a> of 6 May 2004,</p>
          </container>
          <container name="Reaffirming">
            <p xml:space="preserve">\t<span class="italic">Reaffirming</span> <a href="https://undocs.org/en/A/RES/70/1">the 2030 Agenda for Sustainable Development</a>,</p>
          </container>
          <container name="Recalling">
            <p xml:space="preserve">\t<span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/2250(XXI)">2205 (XXI)</a>,</p>
          </container>
          <container name="Having considered">
            <p xml:space="preserve">\t<span class="italic">Having considered</span> the report of the Secretary-General,<authorialNote marker="1" placement="bottom"><p xml:space="preserve">\t \t<a href="https://undocs.org/en/A/76/299">A/76/299-S/2021/749</a>.</p></authorialNote></p>
          </container>
        </preamble>
        <mainBody>
          <paragraph eId="para_1">
            <num>1.</num>
            <content><p xml:space="preserve">\t<span class="italic">Reaffirms</span> Security Council resolution <a href="https://undocs.org/en/S/RES/2334(2016)">2334 (2016)</a>;</p></content>
          </paragraph>
          <paragraph eId="para_2">
            <num>2.</num>
            <list>
              <intro><p><span class="italic">Requests</span> the Secretary-General:</p></intro>
              <point><num>(a)</num><content><p>to report under Economic and Social Council resolution <a href="https://undocs.org/ch/E/RES/2022/1">2022/1</a>;</p></content></point>
              <point><num>(b)</num><content><p>to take note of the Paris Agreement&#160;<authorialNote marker="2"><p>See <a href="https://undocs.org/FCCC/CP/2015/10/Add.1">FCCC/CP/2015/10/Add.1</a>, decision 1/CP.21, annex.</p></authorialNote>;</p></content></point>
            </list>
          </paragraph>
        </mainBody>
        <conclusions>
          <p><inline name="adoptionMeeting" title="48th">48th plenary meeting</inline><eol/><docDate date="2021-12-09">9 December 2021</docDate></p>
        </conclusions>
      </statement>
    </akomaNtoso>
    """

    /// What akn_crosscheck.py writes for `xml` (checked by hand against the tool).
    static let text = """
    United Nations

    A/RES/76/84 A-B

    15 December 2021

    Seventy-sixth session

    Agenda item 39

    Resolution adopted by the General Assembly on 9 December 2021

    [without reference to a Main Committee (A/76/L.14)]

    76/84. Peaceful settlement of questions

    The General Assembly,

    Recalling its resolution 73/89 of 6 December 2018,

    Recalling also its resolution 58/292 of 6 May 2004,

    Reaffirming the 2030 Agenda for Sustainable Development,

    Recalling its resolution 2205 (XXI),

    Having considered the report of the Secretary-General,1

    1. Reaffirms Security Council resolution 2334 (2016);

    2.

    Requests the Secretary-General:

    (a) to report under Economic and Social Council resolution 2022/1;

    (b) to take note of the Paris Agreement 2;

    48th plenary meeting9 December 2021

    __________________
    1 A/76/299-S/2021/749.
    2 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.

    """
}
