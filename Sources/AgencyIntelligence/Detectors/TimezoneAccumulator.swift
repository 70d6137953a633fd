import AgencyOS

/// Engagement by lead time zone over sends (`sent`/`email_sent`) in the window with a known
/// zone: zones with ≥ 5 sends, the 10 most-sent (ties in first-seen order).
struct TimezoneAccumulator {
    struct Tally {
        var sent = 0, opened = 0, clicked = 0
        var openMinutes = 0, openCount = 0
        var localHours = 0, localCount = 0
    }

    var zones: [String] = []
    var tallies: [Tally] = []
    private var positions: [String: Int] = [:]
    private var lastZone: String?
    private var lastIndex = 0

    mutating func add(_ activity: UnsafePointer<Activity>) {
        guard let zone = activity.pointee.leadTimezone else { return }
        let index: Int
        if zone == lastZone {
            index = lastIndex
        } else if let known = positions[zone] {
            index = known
        } else {
            index = zones.count
            positions[zone] = index
            zones.append(zone)
            tallies.append(Tally())
        }
        lastZone = zone
        lastIndex = index
        tallies[index].sent += 1
        if activity.pointee.emailOpened { tallies[index].opened += 1 }
        if activity.pointee.emailClicked { tallies[index].clicked += 1 }
        if let minutes = activity.pointee.timeToOpenMinutes {
            tallies[index].openMinutes += minutes
            tallies[index].openCount += 1
        }
        if let local = activity.pointee.leadLocalTime {
            tallies[index].localHours += local.hour
            tallies[index].localCount += 1
        }
    }

    func rows() -> [WhenPattern.TimezoneRate] {
        let rows = zip(zones, tallies).compactMap { zone, tally -> WhenPattern.TimezoneRate? in
            guard tally.sent >= SegmentMinimum.standard else { return nil }
            let total = Double(tally.sent)
            return WhenPattern.TimezoneRate(
                timezone: zone, sample: tally.sent,
                openRate: OutputRounding.round(Double(tally.opened) / total * 100, places: 2),
                clickRate: OutputRounding.round(Double(tally.clicked) / total * 100, places: 2),
                avgTimeToOpen: tally.openCount > 0
                    ? OutputRounding.round(Double(tally.openMinutes) / Double(tally.openCount), places: 0) : 0,
                avgSendHourLocal: tally.localCount > 0
                    ? OutputRounding.round(Double(tally.localHours) / Double(tally.localCount), places: 1) : 12)
        }
        return Array(rows.stablySorted(by: { Double($0.sample) }).prefix(10))
    }
}
