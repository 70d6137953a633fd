import Foundation
import Testing
import AgencyCore

@Suite("TimeSource")
struct TimeSourceTests {
    @Test("a manual clock moves only when told")
    func manual() {
        let start = Timestamp(microsecondsSinceEpoch: 1_769_163_330_123_456)
        let clock = ManualTimeSource(start)
        #expect(clock.now() == start && clock.now() == start)
        clock.advance(microseconds: 5)
        #expect(clock.now() == start.adding(microseconds: 5))
        clock.advance(seconds: 1.5)
        #expect(clock.now() == start.adding(microseconds: 1_500_005))
        clock.advance(seconds: -0.0000016)
        #expect(clock.now() == start.adding(microseconds: 1_500_003))
        clock.set(.unassigned)
        #expect(clock.now() == .unassigned)
    }

    @Test("a manual clock is safe to advance from many tasks")
    func manualConcurrent() async {
        let clock = ManualTimeSource(.unassigned)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { for _ in 0..<100 { clock.advance(microseconds: 1) } } }
        }
        #expect(clock.now().microsecondsSinceEpoch == 10_000)
    }

    @Test("a fixed clock always reads its instant")
    func fixed() {
        let instant = Timestamp(microsecondsSinceEpoch: -42)
        let clock: any TimeSource = FixedTimeSource(instant)
        #expect(clock.now() == instant && clock.now() == instant)
        #expect(FixedTimeSource(instant).instant == instant)
    }

    @Test("the system clock reads the wall clock, to the microsecond")
    func system() {
        let before = Timestamp(Date())
        let now = SystemTimeSource().now()
        let after = Timestamp(Date())
        #expect(before <= now && now <= after)
    }
}
