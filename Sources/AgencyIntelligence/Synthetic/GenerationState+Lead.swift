import AgencyCore
import AgencyOS
import Foundation

extension GenerationState {
    mutating func generateLead(_ index: Int) {
        let effects = configuration.effects
        let titleIndex = random.pick(Self.titleWeights)
        let title = SyntheticVocabulary.titles[titleIndex].0
        let industry = SyntheticVocabulary.industries[random.pick(Self.industryWeights)].0
        let employees = Int(exp(random.unit() * log(2000.0))) + 1
        let zone = SyntheticVocabulary.timezones[random.pick(Self.zoneWeights)]
        let sequence = SyntheticSequence.allCases[random.pick(Self.sequenceWeights)]
        let campaign = Int(random.generator.next() % UInt64(campaignIds.count))
        let firstName = Int(random.generator.next() % UInt64(SyntheticVocabulary.firstNames.count))
        let today = now.utcDate
        let newRole = random.chance(0.2)
        let hiring = random.chance(0.3)
        let funded = random.chance(0.15)
        let startDate = today.adding(days: -(newRole ? random.integer(5...85) : random.integer(200...2000)))
        let fundingDate: LocalDate? = funded ? today.adding(days: -random.integer(10...170))
            : (random.chance(0.3) ? today.adding(days: -random.integer(400...1500)) : nil)

        var probability = configuration.baseConversionRate
        let normalizedTitle = normalizedTitles[titleIndex]
        for effect in effects.segments {
            let titleMatches = effect.title.map { normalizer.normalize($0) == normalizedTitle } ?? true
            let industryMatches = effect.industry.map { $0 == industry } ?? true
            if titleMatches && industryMatches { probability *= effect.multiplier }
        }
        for effect in effects.sequences where effect.sequence == sequence { probability *= effect.multiplier }
        if newRole { probability *= effects.newRoleMultiplier }
        if hiring { probability *= effects.hiringMultiplier }
        if funded { probability *= effects.fundedMultiplier }
        if campaign < effects.campaignMultipliers.count { probability *= effects.campaignMultipliers[campaign] }
        probability = min(probability, 0.95)

        let isOpen = random.chance(configuration.openLeadShare)
        let converted = !isOpen && random.chance(probability)
        let status: LeadStatus = isOpen ? .inSequence : converted ? .converted : (random.chance(0.25) ? .bounced : .unsubscribed)
        let createdAt = now.adding(days: -random.integer(30...85)).adding(minutes: -random.integer(0...1439))
        let leadId = ID<Lead>(random.uuid())
        let components = ALSComponents(dataQuality: random.integer(10...20), authority: SyntheticVocabulary.authority(title),
                                       companyFit: min(25, (industry == "SaaS" || industry == "Financial Services" ? 15 : 8)
                                                       + (employees >= 10 && employees <= 500 ? 8 : 2)),
                                       timing: min(15, (newRole ? 6 : 0) + (hiring ? 5 : 0) + (funded ? 4 : 0)),
                                       risk: random.integer(10...15))
        let score = components.dataQuality + components.authority + components.companyFit + components.timing + components.risk
        var objections: [String]?
        if status != .converted, random.chance(0.3) {
            objections = [SyntheticVocabulary.objections[random.integer(0...4)]]
            if random.chance(0.3) { objections?.append(SyntheticVocabulary.objections[random.integer(0...4)]) }
        }

        let touches = generateTouches(lead: leadId, campaign: campaign, sequence: sequence, zoneName: zone.name,
                                      offset: zone.offsetMinutes, firstName: firstName, createdAt: createdAt)
        // The converting touch, weighted by the touch-level effects.
        let totalWeight = touches.weights.reduce(0, +)
        var convertingTouch: Int?
        if converted {
            var target = random.unit() * totalWeight
            for (offset, weight) in touches.weights.enumerated() {
                target -= weight
                if target < 0 || offset == touches.weights.count - 1 {
                    convertingTouch = offset
                    break
                }
            }
        }
        let effective = isOpen ? 0 : probability
        for (offset, weight) in touches.weights.enumerated() {
            expected.append(totalWeight > 0 ? effective * weight / totalWeight : 0)
            if offset == convertingTouch { activities[touches.first + offset].ledToBooking = true }
        }
        let lastTouch = activities.last?.createdAt ?? createdAt
        let replied = converted || random.chance(0.06)
        campaignCounters[campaign].leads += 1
        campaignCounters[campaign].contacted += 1
        if replied { campaignCounters[campaign].replied += 1 }
        if converted { campaignCounters[campaign].converted += 1 }
        let conversionTime = convertingTouch.map { activities[touches.first + $0].createdAt.adding(hours: random.integer(1...48)) }

        leads.append(Lead(
            id: leadId, clientId: clientId, campaignId: campaignIds[campaign], email: "lead\(index)@example.com",
            firstName: SyntheticVocabulary.firstNames[firstName],
            lastName: SyntheticVocabulary.lastNames[index % SyntheticVocabulary.lastNames.count], title: title,
            company: "Company \(index % 5000)", alsScore: score, alsTier: ALSTier(score: score),
            alsDataQuality: components.dataQuality, alsAuthority: components.authority, alsCompanyFit: components.companyFit,
            alsTiming: components.timing, alsRisk: components.risk, organizationIndustry: industry,
            organizationEmployeeCount: employees, organizationIsHiring: hiring, organizationLatestFundingDate: fundingDate,
            employmentStartDate: startDate, status: status, currentSequenceStep: touches.weights.count,
            lastContactedAt: lastTouch, replyCount: replied ? 1 : 0, bounceCount: status == .bounced ? 1 : 0,
            objectionsRaised: objections, timezone: zone.name, timezoneOffset: zone.offsetMinutes,
            alsComponents: components, scoredAt: createdAt, meetingBooked: converted, meetingBookedAt: conversionTime,
            createdAt: createdAt, updatedAt: conversionTime ?? lastTouch))
        profiles.append(SyntheticLeadProfile(conversionProbability: probability, isOpen: isOpen, sequence: sequence))
        if configuration.includeFunnel, let conversionTime, touches.first < activities.count {
            generateFunnel(lead: leadId, bookedAt: conversionTime, firstChannel: activities[touches.first].channel.rawValue,
                           touches: touches.weights.count)
        }
    }
}
