import AgencyOS

/// Open/click timing and rates over the WHEN sample.
struct EngagementAccumulator {
    var openTimes: [Int] = []
    var clickTimes: [Int] = []
    var openToClick: [Int] = []
    var convertingOpenTimes: [Int] = []
    var convertingClickTimes: [Int] = []
    var emailCount = 0
    var opened = 0
    var clicked = 0

    mutating func add(_ activity: UnsafePointer<Activity>) {
        let converting = activity.pointee.ledToBooking
        let open = activity.pointee.timeToOpenMinutes
        if let open {
            openTimes.append(open)
            if converting { convertingOpenTimes.append(open) }
        }
        if let click = activity.pointee.timeToClickMinutes {
            clickTimes.append(click)
            if converting { convertingClickTimes.append(click) }
            if let open, click - open > 0 { openToClick.append(click - open) }
        }
        if activity.pointee.channel == .email { emailCount += 1 }
        if activity.pointee.emailOpened { opened += 1 }
        if activity.pointee.emailClicked { clicked += 1 }
    }

    func timing() -> WhenPattern.EngagementTiming {
        var result = WhenPattern.EngagementTiming()
        var values = openTimes
        if !values.isEmpty {
            result.avgTimeToOpenMinutes = OutputRounding.round(mean(values), places: 1)
            result.medianTimeToOpenMinutes = UpperMedian.of(&values)
        }
        values = clickTimes
        if !values.isEmpty {
            result.avgTimeToClickMinutes = OutputRounding.round(mean(values), places: 1)
            result.medianTimeToClickMinutes = UpperMedian.of(&values)
        }
        values = openToClick
        result.medianOpenToClickMinutes = UpperMedian.of(&values)
        values = convertingOpenTimes
        result.optimalOpenWindowMinutes = UpperMedian.of(&values)
        values = convertingClickTimes
        result.optimalClickWindowMinutes = UpperMedian.of(&values)
        if emailCount > 0 {
            result.openRate = OutputRounding.round(Double(opened) / Double(emailCount) * 100, places: 2)
            result.clickRate = OutputRounding.round(Double(clicked) / Double(emailCount) * 100, places: 2)
            if opened > 0 { result.clickToOpenRate = OutputRounding.round(Double(clicked) / Double(opened) * 100, places: 2) }
        }
        return result
    }

    private func mean(_ values: [Int]) -> Double {
        Double(values.reduce(0, +)) / Double(values.count)
    }
}
