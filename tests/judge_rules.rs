//! Focused tests of the judge's rules on claims of two articles: places of one
//! kind, substitutions, names across scripts, different things, counted nouns,
//! rounding of plain figures, the scope of a negation, bounds, comparatives,
//! undated years, 'far from', the antonym and framing groups, 'instead of',
//! exceptions, negations aside from what is shared, the reach of a denial,
//! rates, loose bounds, contrasts that bear on nothing shared, and negated
//! English cues.
//!
//! Each case is two short articles written for this file; the judge compares
//! the longest claim extracted from each (the claim of the sentence).

use claimgraph::link::{Judgement, ReasonKind, Relation, judge};
use claimgraph::{Article, Claim, Config, extract};

/// The longest claim of an article.
fn main_claim(id: &str, text: &str, config: &Config) -> Claim {
    let claims = extract(&Article::new(id, text), config).claims;
    claims
        .into_iter()
        .max_by_key(|c| c.text.len())
        .unwrap_or_else(|| panic!("no claim extracted from {text:?}"))
}

/// The verdict on the main claims of two one-sentence articles.
fn pair(a: &str, b: &str) -> Judgement {
    let config = Config::default();
    let (x, y) = (main_claim("a", a, &config), main_claim("b", b, &config));
    judge(&x, &y, &config)
}

fn show(j: &Judgement) -> String {
    format!(
        "{} {:?}",
        j.relation.as_str(),
        j.reasons
            .iter()
            .map(|r| format!("{}: {}", r.kind.as_str(), r.detail))
            .collect::<Vec<_>>()
    )
}

fn has(j: &Judgement, kind: ReasonKind) -> bool {
    j.reasons.iter().any(|r| r.kind == kind)
}

/// Asserts the relation and, when given, a reason kind, in both orders.
fn expect(a: &str, b: &str, relation: Relation, reason: Option<ReasonKind>) {
    for (x, y) in [(a, b), (b, a)] {
        let j = pair(x, y);
        assert_eq!(j.relation, relation, "{}\n  a: {x}\n  b: {y}", show(&j));
        if let Some(kind) = reason {
            assert!(
                has(&j, kind),
                "no {} reason: {}\n  a: {x}\n  b: {y}",
                kind.as_str(),
                show(&j)
            );
        }
    }
}

/// Asserts that the verdict on two articles, in both orders, is not `relation`.
fn rules_out(a: &str, b: &str, relation: Relation) {
    for (x, y) in [(a, b), (b, a)] {
        let j = pair(x, y);
        assert_ne!(j.relation, relation, "{}\n  a: {x}\n  b: {y}", show(&j));
    }
}

/// Asserts that the verdict on two articles, in both orders, gives no reason
/// of `kind`.
fn lacks(a: &str, b: &str, kind: ReasonKind) {
    for (x, y) in [(a, b), (b, a)] {
        let j = pair(x, y);
        assert!(
            !has(&j, kind),
            "a {} reason: {}\n  a: {x}\n  b: {y}",
            kind.as_str(),
            show(&j)
        );
    }
}

#[test]
fn different_districts_are_different_events() {
    expect(
        "The governor said the Karrada district will get a new water network next year.",
        "The governor said a new water network will be built in the Mansour district next year.",
        Relation::Unrelated,
        Some(ReasonKind::Place),
    );
    expect(
        "قال المحافظ إن حي الزهور سيحصل على شبكة مياه جديدة العام المقبل",
        "قال المحافظ إن شبكة مياه جديدة ستنشأ في حي النصر العام المقبل",
        Relation::Unrelated,
        Some(ReasonKind::Place),
    );
}

#[test]
fn different_gazetteer_cities_are_different_events() {
    expect(
        "The minister said a new bridge over the river will open in Basra next month.",
        "The minister said the new bridge over the river in Mosul will open next month.",
        Relation::Unrelated,
        Some(ReasonKind::Place),
    );
    expect(
        "قال الوزير إن جسرا جديدا على النهر سيفتتح في البصرة الشهر المقبل",
        "قال الوزير إن الجسر الجديد على النهر في الموصل سيفتتح الشهر المقبل",
        Relation::Unrelated,
        Some(ReasonKind::Place),
    );
}

#[test]
fn one_district_in_two_scripts_is_not_two_places() {
    for (a, b) in [
        (
            "قال المحافظ إن حي الكرادة سيحصل على شبكة مياه جديدة",
            "The governor said the Karrada district will get a new water network.",
        ),
        (
            "قال المحافظ إن حي الشعلة سيحصل على شبكة مياه جديدة",
            "The governor said the Shula district will get a new water network.",
        ),
    ] {
        lacks(a, b, ReasonKind::Place);
    }
    // The same district in one script, once with its kind word, is one place.
    lacks(
        "The governor said the Karrada district will get a new water network next year.",
        "The governor said a new water network will be built in Karrada next year.",
        ReasonKind::Place,
    );
}

#[test]
fn one_swapped_object_is_a_substitution() {
    expect(
        "The mayor said the council will close the hospital in Karrada.",
        "The mayor said the council will not close the school in Karrada.",
        Relation::Unrelated,
        Some(ReasonKind::Substitution),
    );
    expect(
        "قال رئيس البلدية إن المجلس سيغلق المستشفى في الكرادة",
        "قال رئيس البلدية إن المجلس لن يغلق المدرسة في الكرادة",
        Relation::Unrelated,
        Some(ReasonKind::Substitution),
    );
    // With the object kept, the negation contradicts.
    expect(
        "The mayor said the council will close the hospital in Karrada.",
        "The mayor said the council will not close the hospital in Karrada.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn a_name_spelled_in_two_scripts_is_no_substitution() {
    // The district's name is the only word the two tellings do not share by
    // spelling or by concept: it is one name, not a swapped thing.
    expect(
        "قال المحافظ إن البلدية لن تغلق المستشفى في حي الكرادة خلال العام المقبل",
        "The governor said the municipality will close the hospital in the Karrada district next year.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    expect(
        "قال المحافظ إن البلدية ستغلق المستشفى في حي الكرادة خلال العام المقبل",
        "The governor said the municipality will close the hospital in the Karrada district next year.",
        Relation::Corroborates,
        None,
    );
}

#[test]
fn different_things_are_different_events_in_any_language() {
    // A hospital and a school: different things, whatever the word order.
    expect(
        "قال المحافظ إن البلدية لن تغلق المدرسة في حي الكرادة خلال العام المقبل",
        "The governor said the municipality will close the hospital in the Karrada district next year.",
        Relation::Unrelated,
        Some(ReasonKind::Substitution),
    );
    // "ports" in "the ports authority" names the body, not a port: the air
    // base and the commercial port are two things.
    expect(
        "The director said the ports authority will inspect the air base in the Karrada district next year.",
        "قال المدير إن هيئة الموانئ ستفتش الميناء التجاري في حي الكرادة خلال العام المقبل",
        Relation::Unrelated,
        Some(ReasonKind::Substitution),
    );
    // Two kinds of fuel are two goods, whatever their prices did.
    rules_out(
        "قالت الوزارة إن سعر المازوت لم يشهد أي تغيير هذا الأسبوع",
        "قال مصدر إن سعر البنزين ارتفع بنسبة 4 في المئة هذا الأسبوع",
        Relation::Contradicts,
    );
    // A thing named beside one of the same kind ("the power station" and
    // "the station") is not a second thing.
    lacks(
        "The minister said the power station in the Karrada district will close next year.",
        "The minister said the station in the Karrada district will not close next year.",
        ReasonKind::Substitution,
    );
}

#[test]
fn things_named_beside_one_measure_do_not_set_claims_apart() {
    // The flow "at the gauging station" and the flow "from the dam" are one
    // measure of the river: the places it is read at do not make two events.
    lacks(
        "Readings from a gauging station on the Euphrates showed the river flowing at about 300 cubic metres per second, the hydrologist said.",
        "Syria has raised the water it releases from the Tabqa dam into the Euphrates to 600 cubic metres per second, the ministry said.",
        ReasonKind::Substitution,
    );
}

#[test]
fn a_swapped_negated_predicate_is_no_substitution() {
    for (a, b) in [
        (
            "The mayor said the council will not demolish the old market in Karrada.",
            "The mayor said the council will renovate the old market in Karrada.",
        ),
        (
            "The talks do not include a withdrawal of the troops from the base, the ministry said.",
            "The talks cover a withdrawal of the troops from the base, the envoy said.",
        ),
    ] {
        for (x, y) in [(a, b), (b, a)] {
            let j = pair(x, y);
            assert!(
                !has(&j, ReasonKind::Substitution),
                "{}\n  a: {x}\n  b: {y}",
                show(&j)
            );
            assert_eq!(
                j.relation,
                Relation::Contradicts,
                "{}\n  a: {x}\n  b: {y}",
                show(&j)
            );
            assert!(has(&j, ReasonKind::Negation), "{}", show(&j));
        }
    }
}

#[test]
fn numbers_of_different_things_are_not_one_measure() {
    for b in [
        "Port officials said 1,450 tourists were registered at the port this month.",
        "Port officials said 900 tourists were registered at the port this month.",
    ] {
        expect(
            "The labour office said it registered 1,450 workers in the port this month.",
            b,
            Relation::Unrelated,
            Some(ReasonKind::Numeric),
        );
    }
    let j = pair(
        "The labour office said it registered 1,450 workers in the port this month.",
        "Port officials said 1,450 tourists were registered at the port this month.",
    );
    let r = j.reasons.iter().find(|r| r.kind == ReasonKind::Numeric).unwrap();
    assert!(
        r.detail.contains("workers") && r.detail.contains("tourists"),
        "{r:?}"
    );
    // Two counts of the same workers do conflict.
    expect(
        "The labour office said it registered 1,450 workers in the port this month.",
        "The labour office said it registered 1,600 workers in the port this month.",
        Relation::Contradicts,
        Some(ReasonKind::Numeric),
    );
}

#[test]
fn figures_for_different_countries_are_not_one_measure() {
    // One rate and one percentage each, but of two countries.
    rules_out(
        "Observers said Cameroon turnout was about 41 percent.",
        "In neighbouring Gabon, turnout in legislative elections was 58 percent, according to that country's electoral authority.",
        Relation::Contradicts,
    );
    rules_out(
        "قال المراقبون إن نسبة المشاركة في الكاميرون بلغت نحو 41 في المئة",
        "وفي الغابون المجاورة، بلغت نسبة المشاركة في الانتخابات التشريعية 58 في المئة بحسب الهيئة الانتخابية",
        Relation::Contradicts,
    );
}

#[test]
fn plain_figures_agree_only_within_their_rounding() {
    expect(
        "The agency said 3,800 families returned to the town after the floods.",
        "The agency said 3,860 families returned to the town after the floods.",
        Relation::Corroborates,
        Some(ReasonKind::Numeric),
    );
    expect(
        "The agency said 3,810 families returned to the town after the floods.",
        "The agency said 3,860 families returned to the town after the floods.",
        Relation::Contradicts,
        Some(ReasonKind::Numeric),
    );
}

#[test]
fn a_negation_must_deny_what_the_other_claim_says() {
    // Denying penalties on the workers says nothing of their strike.
    rules_out(
        "The ministry said it did not impose penalties on the workers.",
        "The union said the workers ended their strike.",
        Relation::Contradicts,
    );
    // Denying a predicate and its first argument denies neither the people
    // nor the place they share.
    for (a, b) in [
        (
            "The ministry did not impose penalties on the dock workers in the port this week.",
            "The dock workers in the port ended their strike this week.",
        ),
        (
            "The council did not approve the budget of the city hospital for next year.",
            "The council discussed the staff of the city hospital for next year.",
        ),
    ] {
        rules_out(a, b, Relation::Contradicts);
    }
    expect(
        "The ministry said it imposed penalties on the workers.",
        "The ministry said it did not impose penalties on the workers.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn a_negation_passes_through_a_transparent_predicate() {
    expect(
        "The ministry said it was not notified of any plan to withdraw the troops.",
        "The government said a plan to withdraw the troops was agreed.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    // The other claim holds no "plan": what is denied is the withdrawal.
    expect(
        "The ministry said it was not notified of any plan to withdraw the troops from the city.",
        "The government said it agreed a timetable to withdraw the troops from the city.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    expect(
        "The ministry said it was not informed of any plan to withdraw the troops from the city.",
        "The government said it agreed a plan to withdraw the troops from the city.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    // What was never issued, or has no truth, is denied: "لم يصدر أي قرار
    // بالإيقاف", "لا صحة إطلاقاً لما يتردد عن".
    for (a, b) in [
        (
            "وقال مدير السجن إنه لم يصدر بحقه أي قرار بالإيقاف عن العمل.",
            "وقال وزير الداخلية إنه قرر إيقاف مدير السجن عن العمل حتى انتهاء التحقيق.",
        ),
        (
            "وقالت الوزارة إنه لا صحة إطلاقاً لما يتردد عن تواطؤ الحراس.",
            "وقال النائب إن السجناء فروا من البوابة بتواطؤ من الحراس.",
        ),
        (
            "The ministry said there was no truth to reports that guards helped the inmates escape.",
            "The lawmaker said guards helped the inmates escape through the main gate.",
        ),
    ] {
        expect(a, b, Relation::Contradicts, Some(ReasonKind::Negation));
    }
}

#[test]
fn an_upper_bound_is_not_a_negation() {
    let (a, b) = (
        "The commission said turnout did not exceed 35 percent.",
        "The commission said turnout reached 35 percent.",
    );
    rules_out(a, b, Relation::Contradicts);
    lacks(a, b, ReasonKind::Negation);
}

#[test]
fn an_undated_claim_naming_one_year_is_of_that_year() {
    expect(
        "The ministry said turnout in the 2018 elections was low.",
        "The ministry said turnout in the 2022 elections was high.",
        Relation::Unrelated,
        Some(ReasonKind::Temporal),
    );
    // One year in both: the antonym stands.
    expect(
        "The ministry said turnout in the 2018 elections was low.",
        "The commission said turnout in the 2018 elections was high.",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
}

#[test]
fn far_from_negates() {
    let a = "The governor said the fire in the forest was contained.";
    let b = "Firefighters said the fire in the forest was far from contained.";
    expect(a, b, Relation::Contradicts, Some(ReasonKind::Negation));
    let j = pair(a, b);
    let r = j.reasons.iter().find(|r| r.kind == ReasonKind::Negation).unwrap();
    assert!(r.detail.contains("far from"), "{r:?}");
}

/// Asserts a contradiction with a reason of `kind` whose detail names `group`.
fn contrast(a: &str, b: &str, kind: ReasonKind, group: &str) {
    for (x, y) in [(a, b), (b, a)] {
        let j = pair(x, y);
        assert_eq!(
            j.relation,
            Relation::Contradicts,
            "{}\n  a: {x}\n  b: {y}",
            show(&j)
        );
        let r = j.reasons.iter().find(|r| r.kind == kind);
        assert!(
            r.is_some_and(|r| r.detail.contains(group)),
            "no {} reason of {group}: {}\n  a: {x}\n  b: {y}",
            kind.as_str(),
            show(&j)
        );
    }
}

#[test]
fn new_antonym_and_framing_groups_contradict() {
    contrast(
        "The bank said the exchange rate held steady this week.",
        "Traders said the exchange rate fell this week.",
        ReasonKind::Antonym,
        "steady-moved",
    );
    contrast(
        "The envoy said the negotiations over the ceasefire were settled.",
        "Diplomats said the negotiations over the ceasefire are still ongoing.",
        ReasonKind::Antonym,
        "settled-ongoing",
    );
    contrast(
        "أشادت المعارضة بقانون الموازنة الجديد",
        "انتقدت النقابات قانون الموازنة الجديد",
        ReasonKind::Antonym,
        "praise-criticize",
    );
    // The stance is the reporting verb itself.
    contrast(
        "The opposition praised the new budget law.",
        "The unions criticized the new budget law.",
        ReasonKind::Antonym,
        "praise-criticize",
    );
    contrast(
        "سمحت السلطات بالصيد في البحيرة",
        "منعت السلطات الصيد في البحيرة",
        ReasonKind::Antonym,
        "allow-ban",
    );
    contrast(
        "The minister described the decision to raise fuel prices as necessary.",
        "The union described the decision to raise fuel prices as unjustified.",
        ReasonKind::Framing,
        "decision",
    );
    contrast(
        "قال الوزير إن قرار رفع أسعار الوقود ضروري",
        "قالت النقابة إن قرار رفع أسعار الوقود غير مبرر",
        ReasonKind::Framing,
        "decision",
    );
}

#[test]
fn a_thing_described_is_evaluated_not_asserted() {
    // Evaluations of one described thing contradict.
    expect(
        "ووصف وزير المالية قرار رفع أسعار الوقود بأنه إجراء ضروري.",
        "ووصف النائب حسن الراوي قرار رفع أسعار الوقود بأنه قرار جائر.",
        Relation::Contradicts,
        Some(ReasonKind::Framing),
    );
    // The closure a speaker judges is no pole against a reopening.
    rules_out(
        "ووصف رئيس غرفة التجارة إغلاق المعبر بأنه حصار اقتصادي.",
        "أعيد فتح المعبر أمام الشاحنات صباح الأحد بعد إغلاق استمر أسبوعا.",
        Relation::Contradicts,
    );
    // Sharing only the thing judged, a claim confirms no report of it.
    rules_out(
        "ووصفت الخبيرة سلمى الحداد قرار البنك المركزي رفع الفائدة بأنه متسرع.",
        "قال محللون إن البنك المركزي رفع الفائدة بمقدار نقطتين.",
        Relation::Corroborates,
    );
}

#[test]
fn what_did_not_happen_instead_is_not_asserted() {
    // "Rose instead of falling" holds one pole: it contradicts "fell".
    expect(
        "The union said transit fees at the crossing fell by 20 percent.",
        "Drivers said the transit fees at the crossing rose instead of falling.",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
    expect(
        "قال الاتحاد إن رسوم العبور انخفضت بنسبة 20 في المئة",
        "قال السائقون إن رسوم العبور ارتفعت بدلا من أن تنخفض",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
}

#[test]
fn an_intensifier_is_no_part_of_the_proposition() {
    // "بالكامل" (completely) says how much: the short claim's proposition is
    // the port and its state, which the other claim holds.
    expect(
        "The harbour master said the port of Agadir worked normally on Tuesday despite the strike.",
        "وقال النقابي إن الميناء مشلول بالكامل",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
}

#[test]
fn what_came_before_is_not_asserted() {
    // "Reopened after a closure" holds one pole: it contradicts "still closed".
    expect(
        "The authority said the northern bridge reopened to lorries on Sunday after a closure of two weeks.",
        "The police said the northern bridge was still closed to lorries on Sunday.",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
    expect(
        "قالت الهيئة إن الجسر الشمالي فتح أمام الشاحنات صباح الأحد بعد إغلاق استمر أسبوعين",
        "قالت الشرطة إن الجسر الشمالي لا يزال مغلقا أمام الشاحنات",
        Relation::Contradicts,
        Some(ReasonKind::Antonym),
    );
}

#[test]
fn a_negation_aside_from_what_is_shared_leaves_it_affirmed() {
    // "... and no worker was arrested" negates nothing the other claim says:
    // the claim affirms that the sit-in was lawful.
    expect(
        "The union said the sit-in at the factory was lawful, and no worker was arrested.",
        "The ministry said the sit-in at the factory was not lawful.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    let j = pair(
        "The union said the sit-in at the factory was lawful, and no worker was arrested.",
        "The ministry said the sit-in at the factory was not lawful.",
    );
    let negation = j.reasons.iter().find(|r| r.kind == ReasonKind::Negation);
    assert!(
        negation.is_some_and(|r| r.detail.contains("lawful")),
        "the reason names the negation of what is shared: {}",
        show(&j)
    );
    expect(
        "قال الاتحاد إن الاعتصام حق قانوني لا يحتاج إلى ترخيص مسبق",
        "قالت الوزارة إن هذا الاعتصام غير قانوني",
        Relation::Contradicts,
        None,
    );
    // Against a claim that agrees on what is shared, it corroborates.
    expect(
        "The union said the sit-in at the factory was lawful, and no worker was arrested.",
        "The ministry said the sit-in at the factory was lawful.",
        Relation::Corroborates,
        None,
    );
}

#[test]
fn a_negating_verb_aside_from_what_is_shared_leaves_it_affirmed() {
    // "... the results to be cancelled" negates the results, which the other
    // claim does not speak of: the party lodged complaints.
    expect(
        "The spokesman said no party had lodged a formal complaint over the conduct of the vote.",
        "The leader said the party lodged formal complaints over irregularities in the vote and would ask for the results to be cancelled.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn a_denial_needs_a_good_part_of_its_clause_said_by_the_other() {
    // "Lorries are stuck at the border" shares two words with the denied
    // clause: one of them ("الحدود") covers two of its terms, and counts once.
    rules_out(
        "نفى مصدر رسمي أن يكون المعبر الحدودي الشمالي قد أعيد فتحه أمام الشاحنات",
        "قال سائق إن نحو 300 شاحنة عالقة على جانبي الحدود",
        Relation::Contradicts,
    );
    expect(
        "نفى مصدر رسمي أن يكون المعبر الحدودي الشمالي قد أعيد فتحه أمام الشاحنات",
        "قال سائق إن المعبر الحدودي الشمالي أعيد فتحه أمام الشاحنات صباح اليوم",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn one_rate_and_one_percentage_is_one_measure() {
    // The words around the two numbers differ, but each claim names one rate,
    // the same, and one percentage.
    expect(
        "The electoral commission said unemployment in the northern provinces stood at 18.5 percent of the workforce last quarter.",
        "Economists who studied the same provinces said unemployment was closer to 27 percent, far above the official figure.",
        Relation::Contradicts,
        Some(ReasonKind::Numeric),
    );
    // Two rates in one claim name no single value.
    lacks(
        "The bank said inflation and unemployment in the provinces stood at 18.5 percent last quarter.",
        "Economists said unemployment in the provinces was closer to 27 percent, far above the official figure.",
        ReasonKind::Numeric,
    );
}

#[test]
fn a_bound_far_from_a_figure_confirms_nothing() {
    // "Dozens" is consistent with about 2,000 but does not agree with it.
    lacks(
        "The mayor said about 2,000 families had returned to the town of Sake since Sunday.",
        "Residents said dozens of families had returned to the town of Sake since Sunday.",
        ReasonKind::Numeric,
    );
    // A bound close to the figure agrees with it.
    expect(
        "The mayor said about 5,200 families had returned to the town of Sake since Sunday.",
        "The minister said more than 5,000 families had returned to the town of Sake since Sunday.",
        Relation::Corroborates,
        Some(ReasonKind::Numeric),
    );
}

#[test]
fn a_contrast_that_bears_on_nothing_shared_does_not_hide_a_negation() {
    // "open" and "closed" stand by different things (registration, a tender):
    // the claims conflict on what they share, the application.
    expect(
        "The council said no company had applied for the building licence, and that registration would stay open until Friday.",
        "The mayor said the company applied for the building licence on Monday, after the previous tender closed in March.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn a_negation_with_an_exception_restricts() {
    // "Only 40 lorries crossed" is a count, not a denial: against 120 it is a
    // numeric contradiction.
    let j = pair(
        "قال مدير المعبر إن 120 شاحنة عبرت المنفذ يوم الأحد",
        "قال مصدر رسمي إنه لم تعبر سوى 40 شاحنة المنفذ يوم الأحد",
    );
    assert_eq!(j.relation, Relation::Contradicts, "{}", show(&j));
    assert!(
        has(&j, ReasonKind::Numeric) && !has(&j, ReasonKind::Negation),
        "{}",
        show(&j)
    );
}

#[test]
fn a_negated_cue_reports_nothing() {
    let config = Config::default();
    let said = extract(
        &Article::new("a", "The spokesman said that the army would leave the city."),
        &config,
    )
    .claims;
    assert!(
        said.iter()
            .any(|c| c.speaker.is_some() && c.text.contains("leave the city")),
        "{said:?}"
    );
    let not_said = extract(
        &Article::new(
            "b",
            "The spokesman did not say that the army would leave the city.",
        ),
        &config,
    )
    .claims;
    assert!(
        not_said.iter().all(|c| c.speaker.is_none()),
        "a negated cue gave an attributed claim: {not_said:?}"
    );
}

#[test]
fn what_a_speaker_demands_is_neither_said_nor_denied() {
    // The cue is a word of demand: the claim's negating noun ("إلغاء",
    // annulment) is wanted, not asserted.
    let j = pair(
        "وقدمت القائمة طعونا إلى المحكمة، مطالبة بإلغاء النتائج في حي الشرقية وإعادة الاقتراع فيه.",
        "وقالت اللجنة إن النتائج في حي الشرقية جاءت مطابقة لمحاضر الفرز وإن الاقتراع جرى بهدوء.",
    );
    assert_ne!(j.relation, Relation::Contradicts, "{}", show(&j));
    // Said outright, the annulment does deny the results.
    let j = pair(
        "وقالت المحكمة إن إلغاء النتائج في حي الشرقية نهائي.",
        "وقالت اللجنة إن النتائج في حي الشرقية نهائية.",
    );
    assert_eq!(j.relation, Relation::Contradicts, "{}", show(&j));
}

#[test]
fn a_correction_replaces_a_short_negated_predicate_and_denies_a_longer_one() {
    // "Not X but rather Y" with X a predicate and its subject asserts Y.
    rules_out(
        "وقال التجار إن الأسعار لم تنخفض بل ارتفعت خلال الشهر الماضي.",
        "وقالت الغرفة التجارية إن الأسعار ارتفعت خلال الشهر الماضي.",
        Relation::Contradicts,
    );
    // With more in X ("did not set off from the coast of Tobruk, but from an
    // area near Derna"), Y replaces a part of it: the claim still denies X.
    expect(
        "وقال المتحدث إن القارب لم ينطلق من سواحل طبرق، بل من منطقة ساحلية قرب درنة.",
        "وقال الناجون إن القارب انطلق من شاطئ قريب من مدينة طبرق.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}

#[test]
fn a_thing_not_confined_to_a_place_denies_only_its_confinement() {
    // "Not confined to the unit" says the infections reached beyond it: it
    // denies that they were all in it ...
    expect(
        "A hospital spokesman said all nine infections were in the renal unit.",
        "Nurses said the infections were not confined to the renal unit.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
    // ... not that the unit goes on working.
    rules_out(
        "A hospital spokesman said the renal unit was admitting patients as normal.",
        "Nurses said the infections were not confined to the renal unit.",
        Relation::Contradicts,
    );
    rules_out(
        "قال مسؤول نقابي إن الحكومة تستعد لزيادة ثانية في أسعار المحروقات.",
        "قال السائقون إن الزيادة في أسعار المحروقات لم تقتصر على البنزين.",
        Relation::Contradicts,
    );
    expect(
        "قالت الوزارة إن الزيادة في أسعار المحروقات تقتصر على البنزين وحده.",
        "قال السائقون إن الزيادة في أسعار المحروقات لم تقتصر على البنزين.",
        Relation::Contradicts,
        Some(ReasonKind::Negation),
    );
}
