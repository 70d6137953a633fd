import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// The title → authority table of §3.2 as corrected by §10 (whole words and phrases,
/// highest rank first, assistant roles), and the pool path's seniority table.
@Suite struct TitleAuthorityTests {
    @Test(arguments: [
        // §3.2 / §10 examples
        ("Vice President of Sales", 18), ("Chief Executive Officer", 25), ("Product Owner", 25),
        ("Executive Assistant to the CEO", 5), ("Managing Director", 15), ("SVP Marketing", 18),
        ("Leadership Coach", 5), ("Senior Account Executive", 5), ("Account Executive", 5),
        ("International Sales Director", 15),
        // 25
        ("Owner", 25), ("CEO", 25), ("  ceo  ", 25), ("Founder", 25), ("Co-Founder", 25), ("Cofounder", 25),
        ("co founder & cto", 25), ("President & CEO", 25), ("Chief Executive", 25),
        // 22
        ("Chief Financial Officer", 22), ("Chief of Staff", 22), ("CFO", 22), ("CTO / Engineering", 22), ("CISO", 22),
        ("C-Suite Advisor", 22), ("C Suite", 22), ("President", 22), ("President, North America", 22),
        ("Vice President & Chief Marketing Officer", 22),
        // 18
        ("Vice-President", 18), ("Vice President", 18), ("VP", 18), ("VP, Sales", 18), ("EVP Operations", 18),
        // 15
        ("Director", 15), ("Head of Growth", 15), ("Sales Head", 15),
        // 10
        ("Senior Manager", 10), ("Senior Manager, Sales", 10), ("Sr. Manager", 10),
        // 7
        ("Marketing Manager", 7), ("Senior Product Manager", 7), ("Team Lead", 7), ("Team Leader", 7),
        // 5
        ("Software Engineer", 5), ("Headmaster", 5), ("Vice Chair", 5), ("Presidential Aide", 5), ("Founding Engineer", 5),
        ("Marketing Intern", 5), ("Assistant Director", 5), ("Receptionist", 5), ("Student", 5),
        ("Project Coordinator", 5), ("Summer Internship", 5), ("---", 0),
        // 0
        ("", 0), ("   ", 0),
    ])
    func titleAuthority(title: String, expected: Int) {
        #expect(Fixture.authority(title) == expected, "\(title)")
    }

    @Test func noTitleIsZero() {
        #expect(Fixture.authority(nil) == 0)
    }

    @Test func strongestKeywordIsReported() throws {
        func keyword(_ title: String) -> String? {
            Fixture.scorer.score(Fixture.bare { $0.title = title }).signals.first { $0.group == .authority }?.detail
        }
        #expect(keyword("Vice President of Sales") == "vice president")
        #expect(keyword("Chief Executive Officer") == "chief executive")
        #expect(keyword("Founder & CEO") == "founder")
        #expect(keyword("Director, VP Sales") == "vp")
        #expect(keyword("Sales Engineer") == "other title")
        #expect(keyword("Executive Assistant to the CEO") == "assistant-type role (assistant)")
    }

    @Test(arguments: [
        ("Marketing Intern", true), ("Executive Assistant to the CEO", true), ("Student Ambassador", true),
        ("Event Coordinator", true), ("Receptionist", true), ("International Sales Director", false),
        ("Internal Communications Lead", false), ("Assistance Manager", false), ("CEO", false),
    ])
    func badTitleDeductionMatchesWholeWords(title: String, deducted: Bool) {
        #expect(Fixture.risk(Fixture.bare { $0.title = title }) == (deducted ? 10 : 15), "\(title)")
    }

    @Test func badTitleDeductedOnce() {
        #expect(Fixture.risk(Fixture.bare { $0.title = "Assistant Intern Coordinator" }) == 10)
    }

    @Test(arguments: [
        ("owner", 25), ("founder", 25), ("c_suite", 22), ("C_Suite", 22), ("vp", 18), ("director", 15),
        ("manager", 10), ("senior", 7), ("entry", 3),
    ])
    func poolSeniorityBeatsTitle(seniority: String, expected: Int) {
        let lead = Fixture.pool {
            $0.seniority = seniority
            $0.title = "Software Engineer"
        }
        let score = Fixture.scorer.score(lead)
        #expect(score.points.authority == expected)
        #expect(score.signals.first { $0.group == .authority }?.name == .seniorityAuthority)
    }

    @Test(arguments: ["partner", "head", "intern", "", "   "])
    func poolUnknownSeniorityFallsBackToTitle(seniority: String) {
        let lead = Fixture.pool {
            $0.seniority = seniority
            $0.title = "Marketing Manager"
        }
        #expect(Fixture.scorer.score(lead).points.authority == 7)
    }

    @Test func poolWithoutSeniorityOrTitleIsZero() {
        #expect(Fixture.scorer.score(Fixture.barePool).points.authority == 0)
    }
}
