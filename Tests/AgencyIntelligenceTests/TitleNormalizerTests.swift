import AgencyIntelligence
import Testing

@Suite struct TitleNormalizerTests {
    let normalizer = TitleNormalizer()

    /// §12a #21: every spelling maps as the reference maps it.
    @Test(arguments: [
        ("Chief Executive Officer", "ceo"), ("CEO", "ceo"), ("Chief Exec", "ceo"), ("Founder", "owner"),
        ("Co-Founder", "owner"), ("CoFounder", "owner"), ("Principal", "owner"), ("Chief Marketing Officer", "cmo"),
        ("VP Marketing", "cmo"), ("VP of Marketing", "cmo"),
    ])
    func referenceSpellings(title: String, expected: String) {
        #expect(normalizer.normalize(title) == expected)
    }

    /// D#12: words, not substrings; specific titles are reachable.
    @Test(arguments: [
        ("Director", "Director"), ("Managing Director", "Managing Director"), ("Marketing Director", "marketing director"),
        ("Director of Marketing", "marketing director"), ("Director, Marketing", "marketing director"),
        ("Sales Director", "sales director"), ("Director of Sales", "sales director"),
        ("Marketing Coordinator", "Marketing Coordinator"), ("Principal Engineer", "Principal Engineer"),
        ("Principal, Smith & Co", "owner"), ("C.E.O.", "ceo"), ("Founder & CEO", "ceo"), ("CTO / Co-founder", "cto"),
        ("Vice President, Marketing", "cmo"), ("head of growth", "Head Of Growth"), ("  cfo ", "cfo"),
        ("Chief Operating Officer", "coo"), ("Chief Technology Officer", "cto"), ("Product Owner", "owner"),
        ("Doctor", "Doctor"), ("o'neil consulting", "O'Neil Consulting"),
    ])
    func wordMatching(title: String, expected: String) {
        #expect(normalizer.normalize(title) == expected)
    }

    @Test func blankTitlesAreSkipped() {
        #expect(normalizer.normalize(nil) == nil)
        #expect(normalizer.normalize("   ") == nil)
        #expect(normalizer.normalize("") == nil)
    }
}
