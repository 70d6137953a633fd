import AgencyCore
import AgencyOS

extension WhenDetector {
    /// Upper-median gap per touch transition over the whole history of every lead with a
    /// converting touch (gaps 0…29 days; a transition needs ≥ 3 gaps).
    static func sequenceGaps(_ rows: [Row]) -> [String: Int] {
        var converting = Set<ID<Lead>>()
        for row in rows where row.converted { converting.insert(row.lead) }
        guard !converting.isEmpty else { return [:] }
        var slots: [ID<Lead>: Int] = [:]
        var histories: [[Int]] = []
        for (index, row) in rows.enumerated() where converting.contains(row.lead) {
            if let slot = slots[row.lead] {
                histories[slot].append(index)
            } else {
                slots[row.lead] = histories.count
                histories.append([index])
            }
        }
        var gaps: [String: [Int]] = [:]
        for var history in histories {
            if !isSortedByTime(history, rows) {
                history = history.enumerated().sorted {
                    rows[$0.element].createdAt != rows[$1.element].createdAt
                        ? rows[$0.element].createdAt < rows[$1.element].createdAt : $0.offset < $1.offset
                }.map(\.element)
            }
            for position in history.indices.dropFirst() {
                let row = rows[history[position]]
                let previous = rows[history[position - 1]]
                let gap = row.daysSinceLastTouch
                    ?? Timestamp(microsecondsSinceEpoch: row.createdAt)
                        .wholeDays(since: Timestamp(microsecondsSinceEpoch: previous.createdAt))
                guard gap >= 0 && gap < 30 else { continue }
                let touch = nonZero(row.touchNumber) ?? position + 1
                gaps["touch_\(touch - 1)_to_\(touch)", default: []].append(gap)
            }
        }
        var result: [String: Int] = [:]
        for (key, var values) in gaps where values.count >= SegmentMinimum.sequenceGap {
            result[key] = UpperMedian.of(&values)
        }
        return result
    }

    private static func isSortedByTime(_ history: [Int], _ rows: [Row]) -> Bool {
        for position in history.indices.dropFirst()
        where rows[history[position]].createdAt < rows[history[position - 1]].createdAt {
            return false
        }
        return true
    }
}
