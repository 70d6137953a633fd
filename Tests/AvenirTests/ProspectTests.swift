import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// The seed's prospect scoring at every boundary, the high-priority query and outreach.
@Suite("Avenir prospects")
struct ProspectTests {
    struct Case: Sendable, CustomStringConvertible {
        let autoresponder: Bool
        let time: Duration?
        let style: AutoresponderTest.ReplyStyle
        let response: Int
        var description: String { "\(autoresponder) \(time.map { "\($0)" } ?? "none") \(style.rawValue) → \(response)" }
    }

    static let cases = [
        Case(autoresponder: true, time: .milliseconds(999), style: .personalized, response: 100),
        Case(autoresponder: true, time: .seconds(1), style: .personalized, response: 85),
        Case(autoresponder: true, time: .milliseconds(4_999), style: .personalized, response: 85),
        Case(autoresponder: true, time: .seconds(5), style: .personalized, response: 70),
        Case(autoresponder: true, time: .microseconds(999_999), style: .generic, response: 90),
        Case(autoresponder: true, time: .seconds(1), style: .generic, response: 75),
        Case(autoresponder: true, time: .milliseconds(4_999), style: .none, response: 65),
        Case(autoresponder: true, time: .seconds(5), style: .none, response: 50),
        Case(autoresponder: true, time: nil, style: .generic, response: 60),
        Case(autoresponder: false, time: .milliseconds(999), style: .none, response: 30),
        Case(autoresponder: false, time: .seconds(5), style: .none, response: 0),
        Case(autoresponder: false, time: nil, style: .none, response: 0),
    ]

    @Test("response score and automation need", arguments: cases)
    func score(_ check: Case) {
        let score = ProspectScore(AutoresponderTest(hasAutoresponder: check.autoresponder, responseTime: check.time,
                                                    replyStyle: check.style))
        #expect(score.response == check.response)
        #expect(score.automationNeed == 100 - check.response)
        #expect(score.isHighPriority == (100 - check.response >= 70))
    }

    @Test("high priority starts at an automation need of exactly 70")
    func priorityBoundary() {
        #expect(ProspectScore(AutoresponderTest(hasAutoresponder: false, responseTime: .milliseconds(999), replyStyle: .none)).isHighPriority,
                "need 70")
        #expect(!ProspectScore(AutoresponderTest(hasAutoresponder: false, responseTime: .seconds(1), replyStyle: .personalized)).isHighPriority,
                "need 65")
        func prospect(_ need: SQLNumeric?) -> ProspectCandidate {
            ProspectCandidate(businessName: "B", automationNeedScore: need)
        }
        #expect(prospect(70).isHighPriority)
        #expect(!prospect(69).isHighPriority)
        #expect(!prospect(69.99).isHighPriority)
        #expect(!prospect(nil).isHighPriority)
    }

    @Test("scoring a prospect sets both scores and last_tested, and satisfies the inverse rule")
    func scoring() {
        let scored = ProspectCandidate(businessName: "B").scored(
            by: AutoresponderTest(hasAutoresponder: true, responseTime: .seconds(2), replyStyle: .generic), at: Instants.now)
        #expect(scored.responseScore == 75 && scored.automationNeedScore == 25 && scored.lastTested == Instants.now)
        #expect(scored.isValid)
    }

    @Test("the high-priority query: uncontacted, need ≥ 70, highest first")
    func highPriorityQuery() async throws {
        let world = try await AvenirWorld()
        let pipeline = ProspectPipeline(store: world.store.scoped(.platformWide), clock: world.clock)
        let needs: [(String, SQLNumeric?, Bool)] = [("A", 69, false), ("B", 70, false), ("C", 95, false), ("D", 95, true),
                                                    ("E", 70.5, false), ("F", nil, false), ("G", 100, false)]
        for (name, need, contacted) in needs {
            _ = try await world.store.scoped(.platformWide).insert(ProspectCandidate(
                businessName: name, responseScore: need.map { SQLNumeric(100 - $0.decimal) }, automationNeedScore: need,
                contacted: contacted))
        }
        #expect(try await pipeline.highPriorityUncontacted().map(\.businessName) == ["G", "C", "E", "B"])
        #expect(try await pipeline.highPriorityUncontacted(limit: 2).map(\.businessName) == ["G", "C"])
    }

    static let statuses = OutreachStatus.allCases

    @Test("outreach status only moves forward", arguments: statuses, statuses)
    func outreachTransitions(_ from: OutreachStatus, _ to: OutreachStatus) throws {
        let forward: Set<String> = ["sent>opened", "sent>replied", "sent>ignored", "opened>replied", "opened>ignored"]
        var log = ProspectOutreachLog(prospectId: .unassigned, emailSubject: "s", emailBody: "b", status: from, sentAt: Instants.days(-1))
        if from != .sent { log.openedAt = Instants.days(-1) }
        if from == .replied { log.repliedAt = Instants.days(-1) }
        if from == to {
            #expect(try log.advanced(to: to, at: Instants.now) == log, "a repeated status changes nothing")
        } else if forward.contains("\(from.rawValue)>\(to.rawValue)") {
            let moved = try log.advanced(to: to, at: Instants.now)
            #expect(moved.status == to)
            #expect(moved.openedAt == (to == .ignored ? log.openedAt : log.openedAt ?? Instants.now))
            #expect(moved.repliedAt == (to == .replied ? Instants.now : nil))
            #expect(moved.isValid, "\(moved.violations)")
        } else {
            #expect(throws: OutreachTransitionError(from: from, to: to)) { try log.advanced(to: to, at: Instants.now) }
        }
    }

    @Test("sending outreach logs it and marks the prospect contacted; opens and replies are stamped by the clock")
    func pipeline() async throws {
        let world = try await AvenirWorld()
        let platform = world.store.scoped(.platformWide)
        let pipeline = ProspectPipeline(store: platform, clock: world.clock)
        let prospect = try await platform.insert(ProspectCandidate(businessName: "Toitures Laval"))
        world.clock.advance(seconds: 10)
        let tested = try await pipeline.recordTest(prospect.id, AutoresponderTest(hasAutoresponder: false, responseTime: nil, replyStyle: .none))
        #expect(tested.automationNeedScore == 100 && tested.lastTested == world.clock.now())
        let sent = try await pipeline.sendOutreach(to: prospect.id, subject: "Hello", body: "Body")
        #expect(sent.status == .sent && sent.sentAt == world.clock.now())
        #expect(try await platform.get(ProspectCandidate.self, id: prospect.id).contacted)
        #expect(try await pipeline.highPriorityUncontacted().isEmpty)
        world.clock.advance(seconds: 60)
        let opened = try await pipeline.advanceOutreach(sent.id, to: .opened)
        #expect(opened.openedAt == world.clock.now())
        world.clock.advance(seconds: 60)
        let replied = try await pipeline.advanceOutreach(sent.id, to: .replied)
        #expect(replied.repliedAt == world.clock.now() && replied.openedAt == opened.openedAt)
        await #expect(throws: OutreachTransitionError(from: .replied, to: .ignored)) {
            try await pipeline.advanceOutreach(sent.id, to: .ignored)
        }
        #expect(try await platform.get(ProspectOutreachLog.self, id: sent.id) == replied)
    }
}
