using System.Text.RegularExpressions;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Text;

namespace Timeline.Core.Events;

/// <summary>
/// The event-extraction core: clean text and its resolved temporal expressions in, the events of international
/// relations it reports out. A clause yields at most one event; it is dated by its own temporal expression, else by
/// its relation to another event, else (said so in <see cref="DateBasis"/>) by the publication date. No I/O.
/// </summary>
public static partial class EventExtractor
{
    public const string Version = "rules-0.1";

    private sealed record Mention(int Start, int End, Actor Actor);

    private sealed record Clause(int Start, int End, string Connective);

    /// <summary>An event found in a clause; <paramref name="NamedSubject"/> when a later clause of its sentence names its own doer.</summary>
    private sealed record Found(ReportedEvent Event, int Clause, bool IsAssault, string Trigger, bool NamedSubject = false, bool WhenClause = false);

    public static IReadOnlyList<ReportedEvent> Extract(CleanDocument document, IReadOnlyList<Timex> timexes) =>
        Extract(document, timexes, Registry.Default);

    public static IReadOnlyList<ReportedEvent> Extract(CleanDocument document, IReadOnlyList<Timex> timexes, Registry registry)
    {
        document = document with { Published = ReportDay(document) };
        // "at around 11pm" names no day: the tagger puts it on the report's, but the story's last day is the one meant.
        timexes = timexes.Where(t => !(t is { Type: TimexTypes.Time, Anchor: Anchor.ReferenceDate } && ClockTime().IsMatch(t.Text))).ToList();
        var events = new List<Found>();
        ReportedEvent? lastAssault = null;
        EventDate? heading = null; // "Nov. 26, 2011: NATO helicopters kill ...": a key-dates paragraph's date
        var previousEnd = 0;
        var paragraphFirst = 0; // the first event of the paragraph being read
        EventDate? scene = null; // "The first shots came a little after midnight last Saturday.": the day the paragraph is set on
        Actor? answerer = null; // "REHMAN: We have rejected the findings ...": whose side a transcript's answer speaks for
        var documentHome = HomeCountry(document, registry);
        var home = documentHome;
        var surnames = new Dictionary<string, Actor?>(); // filled as full names are read: "Manmohan Singh", then "Singh"
        var sentences = Sentences.Split(document.Body).ToList();
        // "Pakistan's parliament", "Islamabad handed the question to its Parliament": whose lawmakers the story speaks of, and from where.
        var legislatures = LegislatureOwner().Matches(document.Body)
            .Select(m => (At: m.Index, Country: registry.Actors.TryGetValue(m.Groups["owner"].Value.ToLowerInvariant(), out var owner)
                && registry.Side(ActorCodes.Side(owner.Code)) is { Sector: null } country ? country : null))
            .Where(l => l.Country is not null).ToList();
        Mention? lastSubject = null; // the party the last sentence that named one began with
        foreach (var sentence in sentences)
        {
            if (sentence.Text.Length > 1000)
            {
                continue; // not a sentence at all
            }

            if (document.Body.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n') || previousEnd == 0)
            {
                heading = null; // a new paragraph
                paragraphFirst = events.Count;
                scene = null;
                // An answer runs on over paragraphs until the next question or speaker.
                answerer = TranscriptSpeaker(document, sentence, registry) ?? (Question().IsMatch(sentence.Text) || QuestionLabel().IsMatch(sentence.Text) ? null : answerer);
                // "QUETTA — Gunmen set fire to ...": an in-brief item's own dateline is its home until the next item's
                home = ItemDateline().Match(sentence.Text) is { Success: true } item
                    && registry.Places.TryGetValue(item.Groups["place"].Value.Trim().ToLowerInvariant(), out var itemPlace)
                    && registry.Side(itemPlace.Country) is { Sector: null } itemCountry ? itemCountry : documentHome;
            }

            previousEnd = sentence.End;
            if (ItemHeadline(document.Body, sentence))
            {
                continue; // "US warns Pakistan over Iran gas deal" above "WASHINGTON, March 15: ...": the item tells it
            }

            heading = Heading(sentence, timexes) ?? heading;
            // "Hours later the committee met ...", "By evening, crowds ...": the day of the last act told with its day, for the
            // rest of the paragraph.
            if (SameDayLead().IsMatch(sentence.Text)
                && events.LastOrDefault(f => f.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation, Precision: Precision.Day })?.Event is { } sameDay)
            {
                heading = sameDay.Date with { Basis = DateBasis.Relation, Expression = $"the same day: {sameDay.Summary}" };
            }
            // "Pakistan shut the routes within hours": that day, for this sentence only.
            var sentenceHeading = WithinHours().IsMatch(sentence.Text)
                && events.LastOrDefault(f => f.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation, Precision: Precision.Day })?.Event is { } hoursAfter
                ? hoursAfter.Date with { Basis = DateBasis.Relation, Expression = $"within hours of: {hoursAfter.Summary}" }
                : heading;
            var (found, connectives, clauseTexts, subject) = ExtractSentence(document, sentence, timexes, registry, home, surnames, events, sentenceHeading, lastSubject, legislatures, answerer);
            lastSubject = subject ?? lastSubject;
            if (Question().IsMatch(sentence.Text))
            {
                continue; // "Why did Pakistan close the routes?": an explainer's heading asks and tells nothing, but names who "it" is next
            }

            if (found.Count == 0)
            {
                DateByBackReference(sentence, timexes, document.Published, events);
                if (SceneDate(sentence, timexes, document.Published) is { } set)
                {
                    scene = set;
                    paragraphFirst = events.Count; // the acts told before the scene was set are not what follows it
                }
            }

            LinkRelations(found, connectives, clauseTexts, document.Published, lastAssault, events);
            DateByNarrative(found, clauseTexts, events.Skip(paragraphFirst), scene);
            foreach (var f in found)
            {
                events.Add(f);
                if (f.IsAssault)
                {
                    lastAssault = f.Event;
                }
            }
        }

        DateBySameAttack(events, document, timexes, sentences);

        // "if the United States agreed to a new fee": a condition is not an event, and a timeline does not show it.
        // Talks need two parties: "directed the ministry to conclude talks" names no other side, and is no contact; nor is a
        // visit at home ("cut short a visit to his home town of Multan").
        return MergeRepeats(events).Where(e => e.Modality != Contracts.Modality.Hypothetical
            && !(e is { Plover: "CONSULT", Cameo: "046" } && !e.Actors.Any(a => a.Role == ActorRole.Target))
            && !(e is { Plover: "CONSULT", Cameo: "042" } && !e.Actors.Any(a => a.Role == ActorRole.Target)
                && e.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } visitor && e.Location?.Country == ActorCodes.Side(visitor.Code))).ToList();
    }

    private static (List<Found> Found, List<string> Connectives, List<string> ClauseTexts, Mention? Subject) ExtractSentence(CleanDocument document, Sentence sentence, IReadOnlyList<Timex> timexes, Registry registry, Actor? home, Dictionary<string, Actor?> surnames, IReadOnlyList<Found> earlier, EventDate? heading, Mention? lastSubject, IReadOnlyList<(int At, Actor? Country)> legislatures, Actor? answerer)
    {
        var quote = QuotedBy(sentence.Text, registry, home);
        var (masked, attribution) = MaskAttribution(quote is null ? MaskLeadingQuote(sentence.Text) : sentence.Text);
        var datelineEnd = document.Dateline is { } d && document.Body.StartsWith(d.Text, StringComparison.Ordinal) ? d.Text.Length : 0;
        if (sentence.Start < datelineEnd)
        {
            // "WASHINGTON, May 31:" says where the story was filed and when, not who acted or when it happened.
            var cut = Math.Min(datelineEnd - sentence.Start, masked.Length);
            masked = new string(' ', cut) + masked[cut..];
            timexes = timexes.Where(t => t.Start >= datelineEnd).ToList();
        }
        else if (DatelinePrefix().Match(masked) is { Success: true, Length: > 0 } item)
        {
            // "TEHRAN, March 15: ..." opening an item of an in-brief column: where and when that item was filed.
            masked = new string(' ', item.Length) + masked[item.Length..];
            timexes = timexes.Where(t => t.End <= sentence.Start || t.Start >= sentence.Start + item.Length).ToList();
        }

        // "A drone killed ..., American officials said Tuesday": the day of the saying, blanked with its speaker, dates no attack
        // (an inquiry's finding is its reporter's, and keeps it).
        var toldTimexes = timexes.Where(t => t.End <= sentence.Start || t.Start >= sentence.End
            || !(masked[t.Start - sentence.Start] == ' ' && sentence.Text[t.Start - sentence.Start] != ' ')
                && !SaidOn().IsMatch(sentence.Text[..(t.Start - sentence.Start)])).ToList(); // "the army said on Monday the attack ...": the day it was said
        var asOf = document.Published;
        // Splitting a clause and reading it look up the same triggers: each text is matched against the table once.
        var triggers = new Dictionary<(string, int), (EventType?, Match?)>();
        // A row that matches nowhere in the sentence matches in none of its clauses: each clause and sub-clause is read
        // against the rows the sentence can hold. A row lacking every word it needs is skipped first; rows whose match
        // depends on what precedes it (a negative lookbehind, an anchor) are not tried on the whole sentence, and texts
        // with an antecedent appended are read against every row.
        var lowerSentence = masked.ToLowerInvariant();
        var possible = registry.EventTypes.Where(t => t.MayMatch(lowerSentence) && (registry.ContextBound(t) || MatchesSafely(t, lowerSentence))).ToList();
        (EventType? Type, Match? Trigger) Trigger(string lower, int within = int.MaxValue) =>
            triggers.TryGetValue((lower, within), out var known) ? known
                : triggers[(lower, within)] = FirstTrigger(within == int.MaxValue ? possible : registry.EventTypes, lower, within);

        // With no dateline, "the government" and "the army" are those of the country the sentence places itself in ("the
        // cabinet met in Islamabad"), else of the country that acted last in the story.
        var placedIn = home is null
            ? registry.FindNames(masked, 0, masked.Length, registry.Places.ContainsKey).Where(n => char.IsUpper(masked[n.Start]))
                .Select(n => registry.Places[n.Key].Country).FirstOrDefault(c => c is { Length: 3 })
            : null;
        // "In Islamabad, the Foreign Office expressed ...", in a story from New Delhi: a sentence that opens in another
        // country's town speaks of that country's institutions.
        var openedIn = OpeningPlace().Match(masked) is { Success: true } opening && registry.Places.TryGetValue(opening.Groups["place"].Value, out var openingPlace)
            && registry.Side(openingPlace.Country) is { Sector: null } openingCountry && openingCountry.Code != home?.Code ? openingCountry : null;
        var institutionsOf = openedIn ?? home ?? (placedIn is not null && registry.Side(placedIn) is { Sector: null } placeCountry ? placeCountry : null)
            ?? (earlier.LastOrDefault()?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } lastParty
                && ActorCodes.Side(lastParty.Code) is { Length: 3 } lastSide && registry.Side(lastSide) is { Sector: null } lastCountry ? lastCountry : null);
        // "Islamabad handed the question to its Parliament. ... lawmakers approved new terms": lawmakers no one names are those
        // of the last parliament the story gave an owner, else of the dateline's country.
        var lawmakersOf = legislatures.LastOrDefault(l => l.At < sentence.End).Country;
        var mentionsIn = new Dictionary<(int, int), List<Mention>>();
        List<Mention> MentionsIn(Clause c) =>
            mentionsIn.TryGetValue((c.Start, c.End), out var known) ? known : mentionsIn[(c.Start, c.End)] = Mentions(registry, masked, c, institutionsOf, home is null, asOf, surnames, lawmakersOf, answerer);

        var clauses = Clauses(masked).SelectMany(c => SplitAtSecondSubject(masked, c, Trigger, MentionsIn)).ToList();
        var found = new List<Found>();
        Mention? previousSubject = null;
        Mention? previousPartner = null; // "The commander of US and NATO forces, General Allen, met ...": both are the subject
        Mention? mainSubject = null; // the subject of the last main clause ("Pakistan shut the routes after NATO killed ..., and reopened them")
        List<Actor> victims = []; // "soldiers who were killed when ...": the side a later clause's attack was on
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var clause = clauses[ci];
            var text = masked[clause.Start..clause.End];
            var lower = text.ToLowerInvariant();
            // "threatened to attack trucks and to kill their drivers": the second infinitive is what was threatened too.
            if (clause.Connective == "and" && lower.TrimStart().StartsWith("to ", StringComparison.Ordinal)
                && found.LastOrDefault() is { Event.Plover: "THREATEN" or "DEMAND" })
            {
                continue;
            }
            // "the routes, which Pakistan closed": the relative clause's verb takes its antecedent as object.
            var antecedent = clause.Connective is "which" or "that" && ci > 0 ? " " + LastWords(masked[clauses[ci - 1].Start..clauses[ci - 1].End], 3).ToLowerInvariant() : "";
            var (type, trigger) = antecedent.Length == 0 ? Trigger(lower) : Trigger(lower + antecedent, lower.Length);
            // "the supply lines to Afghanistan, which Pakistan shut": a longer antecedent when the last three words name no object
            if (type is null && antecedent.Length > 0)
            {
                (type, trigger) = Trigger(lower + " " + LastWords(masked[clauses[ci - 1].Start..clauses[ci - 1].End], 4).ToLowerInvariant(), lower.Length);
            }
            // "the first such attack since Pakistan reopened the routes": an act told to measure time from is no event here (a
            // strike so told still is, as the gold sets annotate it).
            // "an apology, something parliament says must happen before the roads reopen": what a condition waits for has not happened.
            if (clause.Connective is "before" or "until" && type is not null && ci > 0 && ConditionModal().IsMatch(masked[clauses[ci - 1].Start..clauses[ci - 1].End])
                && !DoneVerb().IsMatch(lower))
            {
                continue;
            }

            if (clause.Connective == "since" && type is not null && type.Plover != "ASSAULT" && FirstSince().IsMatch(masked[..clause.Start]))
            {
                continue;
            }

            var mentions = MentionsIn(clause);
            var subject = mentions.LastOrDefault(m => trigger is not null && m.Start < clause.Start + trigger.Index);
            if (clause.Connective is "" or "but" && (subject ?? mentions.FirstOrDefault()) is { } mainParty)
            {
                mainSubject = mainParty;
            }

            // "protested over a NATO attack that killed 24, and cut the supply lines": the attacker is not who goes on.
            if ((subject is not null || mentions.Count > 0 && trigger is null) && !TellsAnAttack(clause))
            {
                previousSubject = subject ?? mentions[0];
                previousPartner = subject is null && mentions.Count > 1 && JoinedByAnd(masked, mentions[0], mentions[1])
                    && CountryOf(mentions[0].Actor) != CountryOf(mentions[1].Actor) ? mentions[1] : null;
            }

            if (type is null || trigger is null)
            {
                continue;
            }

            var triggerStart = clause.Start + trigger.Index;
            var triggerEnd = Math.Min(triggerStart + trigger.Length, clause.End);
            // "held a meeting on Sunday, at which the three leaders agreed to meet again in the autumn": at that meeting, on its day.
            var atWhich = clause.Connective is "at which" or "during which" && found.LastOrDefault(f => f.Clause == ci - 1)?.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation } occasion
                ? occasion with { Basis = DateBasis.Relation, Expression = $"at which: {occasion.Expression}" }
                : null;

            // "vowed to attack the lorries and to kill any drivers": the second infinitive is still the threat, not an act.
            if (clause.Connective == "and" && InfinitiveLead().IsMatch(text) && found.LastOrDefault(f => f.Clause == ci - 1) is { Event.Plover: "THREATEN" or "DEMAND" })
            {
                continue;
            }

            // "tried to storm the consulate": an attempt at force or protest took place; a hope did not.
            if (NounInfinitive().IsMatch(masked[Math.Max(0, triggerStart - 40)..triggerStart])
                || Hoped().Match(masked[Math.Max(0, triggerStart - 40)..triggerStart]) is { Success: true } hoped && !(type.Plover is "PROTEST" or "ASSAULT" && hoped.Value.StartsWith("tr", StringComparison.OrdinalIgnoreCase))
                || RelativeBefore().Match(masked[Math.Max(0, triggerStart - 40)..triggerStart]) is { Success: true } rel
                    && !mentions.Any(m => m.End <= triggerStart && triggerStart - m.End <= rel.Length + 20)
                    && clause.Connective is not ("which" or "who")
                    && !(type.Plover == "PROTEST" && CrowdWho().IsMatch(masked[Math.Max(0, triggerStart - 40)..triggerStart]))) // "protesters who tried to march on the consulate"
            {
                continue; // "left without a deal to reopen the routes", "hoped to resume talks", "terrorists who threatened Americans"
            }

            // "the Haqqani network, which it blames for attacks": a relative clause that describes a party tells a standing view, not an event.
            if (clause.Connective is "which" or "who" or "whom" or "that" && type.Plover == "ACCUSE" && StandingView().IsMatch(trigger.Value))
            {
                continue;
            }

            // "would return when Pakistan was ready to conclude an agreement": a when-clause of what may happen has not happened
            // (but "would take it up when officials meet next week" is a meeting planned for a date).
            if (clause.Connective == "when" && ci > 0 && Ahead().IsMatch(masked[clauses[ci - 1].Start..clauses[ci - 1].End])
                && !timexes.Any(t => t.Start >= sentence.Start + clause.Start && t.End <= sentence.Start + clause.End
                    && t.Interval is { } planned && document.Published is { } report && planned.Start > report))
            {
                continue;
            }

            // "The Defence Committee met late on Saturday": one side meeting on its own is no contact between states.
            if (type.Plover == "CONSULT" && trigger.Value is "met" or "meets" && IntransitiveMeeting().IsMatch(masked[triggerEnd..clause.End])
                && mentions.Where(m => m.Start < triggerStart).Select(m => CountryOf(m.Actor)).Distinct().Count() < 2
                && !BothSides().IsMatch(masked[clause.Start..triggerStart])) // "the two ministers last met in New York"
            {
                continue;
            }
            // "a conference opened without Pakistan, which pulled out": leaving a meeting is a boycott, not a withdrawal of forces.
            if (type.Plover == "RETREAT" && trigger.Value is "pulled out" or "withdrew" && !masked[triggerEnd..clause.End].TrimStart().StartsWith("of ", StringComparison.Ordinal)
                && Gathering().IsMatch(masked[..triggerStart]) && registry.EventTypes.FirstOrDefault(t => t is { Plover: "SANCTION", Cameo: "161" }) is { } boycott)
            {
                type = boycott;
            }

            // "Clinton attended the meeting": attending is a contact only with the party whose meeting it was ("the NATO summit").
            if (type is { Plover: "CONSULT", Mode: "visit" } && trigger.Value.StartsWith("attend", StringComparison.Ordinal)
                && !mentions.Any(m => m.Start >= triggerStart && m.End <= triggerEnd))
            {
                continue;
            }

            // "US aircraft killed": a mention that starts before the trigger is on the acting side.
            // "the resolution, moved by congressman Rohrabacher, was an attack": the agent of an aside is not the clause's subject.
            // "The NATO supply routes have remained closed": a party naming the routes is not the one that closed them.
            var before = mentions.Where(m => m.Start < triggerStart && !InAgentAside(masked, m, triggerStart) && !SupplyModifier().IsMatch(masked[m.End..clause.End])).ToList();
            // "a two-day NATO summit at which he held talks": the party that names a gathering is not the one that acts at it.
            if (before.Count > 0 && before[^1].End <= triggerStart && GatheringModifier().IsMatch(masked[before[^1].End..triggerStart]) && !(type is { Plover: "CONSULT", Mode: "visit" }))
            {
                before.RemoveAt(before.Count - 1);
            }

            var after = mentions.Where(m => m.Start >= triggerStart && !(quote is { } spoken && m.Start >= spoken.End && m.End <= spoken.SpeakerEnd)).ToList();
            // "the NATO supply lines ... had been suspended": the party that names the routes is the one they were closed to.
            if (type.Plover == "COERCE" && mentions.FirstOrDefault(m => m.Start < triggerStart && m.End > triggerStart - 30 && SupplyModifier().IsMatch(masked[m.End..clause.End])) is { } routesOwner
                && !after.Any(m => m.Actor.Code == routesOwner.Actor.Code))
            {
                after.Insert(0, routesOwner);
            }

            // "pressed for a decision on the NATO supply routes": a party naming the routes is no party to a demand or a meeting.
            if (type.Plover is not ("COERCE" or "CONCEDE" or "SANCTION" or "THREATEN" or "ASSAULT" or "PROTEST"))
            {
                after = after.Where(m => !SupplyModifier().IsMatch(masked[m.End..clause.End])).ToList();
            }

            // "attacked two border posts, an incident that plunged relations with the United States ...": a comment on the act
            // after its object names no party to it.
            if (Appositive().Match(masked, triggerEnd, clause.End - triggerEnd) is { Success: true } comment)
            {
                after = after.Where(m => m.Start < comment.Index).ToList();
            }

            // "Helicopters from the US-led coalition fired on ...": the party the aircraft come from is the attacker.
            if (type.Plover == "ASSAULT" && before.Count == 0 && AircraftOf().Match(masked, triggerStart, triggerEnd - triggerStart) is { Success: true } of
                && after.FirstOrDefault(m => m.Start == of.Index + of.Length) is { } owner)
            {
                before = [owner];
                after.Remove(owner);
            }

            var symmetric = type.Plover is "CONSULT" or "COOPERATE" or "AGREE" or "SUPPORT";
            // "and the leaders of religious parties announced protests": a clause with a subject of its own does not borrow the last one
            var source = before.LastOrDefault() ?? (clause.Connective is "and" or "" or "but" && !(clause.Connective == "and" && OwnSubject().IsMatch(masked[clause.Start..triggerStart])) ? previousSubject : null); // "main": the sentence's head, no party
            // "The routes reopened in July", "the NATO supply routes have remained closed": routes that are the subject were closed
            // or reopened by the side told before as closing them; the party that names the routes did neither.
            if (before.Count == 0 && type.Plover is "COERCE" or "CONCEDE" && RouteSubject().IsMatch(trigger.Value))
            {
                var closer = earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "COERCE" && RouteWord().IsMatch(f.Event.Summary))?.Event.Actors
                    .FirstOrDefault(a => a.Role == ActorRole.Source) is { } closedBy && SideActor(registry, closedBy.Code) is { } closedByActor
                    ? new Mention(clause.Start, clause.Start, closedByActor)
                    : home is not null ? new Mention(clause.Start, clause.Start, home) : null; // none told: the routes of the dateline's country
                source = closer ?? (source is not null && mentions.Contains(source) && SupplyModifier().IsMatch(masked[source.End..clause.End]) ? null : source);
            }

            if (before.Count == 0 && quote is { } q && triggerStart < q.End)
            {
                source = new Mention(0, 0, q.Speaker); // "“We cannot accept that,” a US official said": the speaker's side says it
            }

            Found? retold = null; // "The strike, which hit ...": the attack told before, told again
            // "Pakistani officials say helicopters struck two army posts": the one who tells of an attack by aircraft it does not
            // name is not the attacker; the attack is the one told before.
            if (type.Plover == "ASSAULT" && source is not null && before.Count > 0 && source == before[^1] && source.End < triggerStart
                && Says().Match(masked, source.End, triggerStart - source.End) is { Success: true } says
                && UnnamedAircraft().IsMatch(masked[(says.Index + says.Length)..clause.End]))
            {
                retold = earlier.LastOrDefault(f => f.IsAssault);
                source = retold?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } attacker
                    && SideActor(registry, attacker.Code) is { } attackerActor ? new Mention(clause.Start, clause.Start, attackerActor) : null;
            }
            if (before.Count == 0 && clause.Connective == "and" && ci > 1 && clauses[ci - 1].Connective is "after" or "when" or "because" or "since" or "following" or "before"
                && mainSubject is not null)
            {
                source = mainSubject; // the subordinate clause's subject does not go on past it
            }
            // "forces called in air support after coming under fire from ...": a participle after "after" has the main clause's subject.
            if (before.Count == 0 && source is null && clause.Connective is "after" or "before" or "when" or "while" && ci > 0
                && string.IsNullOrWhiteSpace(masked[clause.Start..triggerStart]) && trigger.Value.TrimStart().Split(' ')[0].EndsWith("ing", StringComparison.Ordinal)
                && MentionsIn(clauses[ci - 1]).LastOrDefault() is { } participleSubject)
            {
                source = participleSubject;
            }

            // "Clinton, who attended, said Pakistan's absence was regrettable and urged Islamabad ...": the speaker goes on.
            if (before.Count == 0 && clause.Connective is "and" or "main" && ci > 0 && ReportingVerb().Match(masked, clauses[0].Start) is { Success: true } said && said.Index < clause.Start)
            {
                // "Defence Minister Ahmad Mukhtar said ...": an official the registry does not know, in a story from his country, is its.
                // The party named last before "said" speaks: a dateline's place before it does not.
                if (MentionsIn(clauses[0]).LastOrDefault(m => m.End <= said.Index) is { } speaker)
                {
                    source = speaker;
                }
                else if (home is not null && OfficialTitle().IsMatch(masked[clauses[0].Start..said.Index]))
                {
                    source = new Mention(clauses[0].Start, clauses[0].Start, InSector(home, "GOV", "government"));
                }
            }

            // "Army spokesman Major General Athar Abbas said the posts had come under fire": the same for an official who opens the
            // sentence and speaks in it.
            if (source is null && before.Count == 0 && ci == 0 && home is not null
                && ReportingVerb().Match(masked, clause.Start, triggerStart - clause.Start) is { Success: true } saidHere
                && OfficialTitle().IsMatch(masked[clause.Start..saidHere.Index]))
            {
                source = new Mention(clause.Start, clause.Start, InSector(home, "GOV", "government"));
            }

            // "marched on the consulate, burning flags and demanding an end to drone strikes": the crowd goes on, at the same side.
            var crowdProtest = before.Count == 0 && clause.Connective == "and" && type.Plover != "PROTEST"
                && found.LastOrDefault(f => f.Clause == ci - 1) is { Event.Plover: "PROTEST" } protest ? protest.Event : null;
            if (crowdProtest?.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } protester && SideActor(registry, protester.Code) is { } protesterSide)
            {
                source = new Mention(clause.Start, clause.Start, protesterSide);
            }

            // "Zardari, who arrived after an invitation from NATO, met Karzai": the verb after a relative clause is its antecedent's.
            if (before.Count == 0 && clause.Connective == "" && ci > 1
                && clauses.Take(ci).Select((c, k) => (c, k)).LastOrDefault(x => x.c.Connective is "who" or "which" && x.k > 0) is { c: not null } relative
                && MentionsIn(clauses[relative.k - 1]).LastOrDefault() is { } antecedentSubject)
            {
                source = antecedentSubject;
            }
            // "Pakistan, which boycotted ...": the relative pronoun is its antecedent. "reopened the routes, which it had closed":
            // with a pronoun for subject, the antecedent is the object and the pronoun the subject of the clause before.
            var pronounSubject = clause.Connective is "which" or "that" && ItSubject().IsMatch(text);
            if (before.Count == 0 && clause.Connective is "which" or "who" && ci > 0)
            {
                // "Khar urged Washington to end drone strikes, which she called illegal": "she" is the clause before's subject.
                var personSubject = clause.Connective is "which" or "that" && PersonSubject().IsMatch(text);
                source = (pronounSubject || personSubject ? MentionsIn(clauses[ci - 1]).FirstOrDefault() : MentionsIn(clauses[ci - 1]).LastOrDefault()) ?? source;
                // "The strike, which hit two army posts": an attack named by a noun alone is the attack told before.
                if (source is null && type.Plover == "ASSAULT" && CauseNoun().Match(masked[clauses[ci - 1].Start..clauses[ci - 1].End]) is { Success: true } attackNoun
                    && AttackWord().IsMatch(attackNoun.Groups["n"].Value)
                    && (earlier.LastOrDefault(f => f.IsAssault && KindOf(attackNoun).All(w => f.Event.Summary.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? earlier.LastOrDefault(f => f.IsAssault)) is { } toldAttack
                    && toldAttack.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } attacker
                    && SideActor(registry, attacker.Code) is { } attackerActor)
                {
                    source = new Mention(clause.Start, clause.Start, attackerActor);
                    retold = toldAttack;
                }
            }

            // "Clinton said the United States was committed ... and urged Pakistan": a second verb shares the first subject.
            if (before.Count > 1 && masked[..triggerStart].TrimEnd().EndsWith(" and", StringComparison.OrdinalIgnoreCase)
                && before[0].End <= triggerStart && ReportingVerb().IsMatch(masked[before[0].End..triggerStart]))
            {
                source = before[0];
            }

            // "Pillay said U.S. drone strikes raised serious questions": strikes are what is charged; the speaker charges their owner.
            // "Clinton, who attended, said Pakistan's absence was regrettable": the speaker is the relative clause's antecedent.
            if (type.Plover == "ACCUSE" && source is not null && before.Count > 0 && source == before[^1]
                && OwnedAttacks().IsMatch(masked[source.End..triggerStart])
                && ReportingVerb().Match(masked, clause.Start, source.Start - clause.Start) is { Success: true } charged
                && (before.LastOrDefault(m => m.End <= charged.Index) ?? (ci > 1 && clauses[ci - 1].Connective == "who" ? MentionsIn(clauses[ci - 2]).LastOrDefault() : null)) is { } accuser
                && CountryOf(accuser.Actor) != CountryOf(source.Actor))
            {
                after = after.Prepend(source).ToList();
                source = accuser;
            }

            // "after it shut the routes, Pakistan ...": a pronoun subject is the party the sentence names next, else the last one told of.
            if (before.Count == 0 && source is null && PronounLead().IsMatch(masked[clause.Start..triggerStart]))
            {
                // "He met ...": a person told of in the sentence before. "it": the subject of the clause it hangs on
                // ("Islamabad has frozen ..., when it also closed"), else the party named next.
                var person = PersonPronoun().IsMatch(masked[clause.Start..triggerStart]);
                var subordinate = clause.Connective is "after" or "when" or "as" or "because" or "since" or "while" or "before" or "following" or "despite";
                // "the Nato helicopters had been fired upon ... before they attacked": "they" are the aircraft just named
                var aircraft = type.Plover == "ASSAULT" && TheyWord().IsMatch(masked[clause.Start..triggerStart])
                    ? clauses.Take(ci).SelectMany(MentionsIn).LastOrDefault(m => AircraftAfter().IsMatch(masked[m.End..])) : null;
                var next = person ? null : aircraft ?? clauses.Take(ci).SelectMany(MentionsIn).FirstOrDefault()
                    ?? (subordinate ? after.FirstOrDefault(m => m.Start >= triggerEnd && masked[triggerEnd..m.Start].Contains(','))
                        ?? clauses.Skip(ci + 1).SelectMany(MentionsIn).FirstOrDefault() : null)
                    ?? lastSubject; // "How has Pakistan responded? It has closed ...": the subject of the sentence before
                source = next ?? (earlier.LastOrDefault()?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } last
                    && registry.Side(ActorCodes.Side(last.Code)) is { Sector: null } lastActor
                    ? new Mention(clause.Start, clause.Start, lastActor) : null);
            }
            if (subject is null && source is not null && clause.Connective is not "and")
            {
                previousSubject = source; // "It has closed the crossings and told the US to leave": the pronoun's party goes on
            }

            if (before.Count > 1 && trigger.Value.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal) && masked[..triggerStart].TrimEnd().EndsWith(','))
            {
                source = before[0]; // "Parliament approved ... with the United States, demanding ...": the participle's subject is the clause's
                if (type.Plover is "DEMAND" or "ACCUSE" or "REJECT")
                {
                    after = [.. before.Skip(1).Where(m => CountryOf(m.Actor) != CountryOf(before[0].Actor)), .. after]; // ... and the other party it named, the one asked
                }
            }
            // "Clinton says the U.S. is sorry": the party inside an apology's words is the one apologising.
            if (type.Plover == "SUPPORT" && after.LastOrDefault(m => m.End <= triggerEnd) is { } sorry && Apology().IsMatch(trigger.Value))
            {
                after = after.Where(m => m != sorry).Prepend(source).OfType<Mention>().ToList();
                source = sorry;
            }

            // "Khar told Clinton in a telephone call": a verb between two parties makes the first the subject, the second the object.
            var teller = Enumerable.Range(0, Math.Max(0, before.Count - 1))
                .FirstOrDefault(k => CountryOf(before[k].Actor) != CountryOf(before[k + 1].Actor) && TellingVerb().IsMatch(Between(masked, before[k], before[k + 1])), -1);
            if (teller >= 0 && source is not null)
            {
                source = before[teller];
            }

            // "The inquiry, led by ..., found that Pakistani troops fired first": the inquiry is the one the article told of.
            if (source is null && type.Plover == "ACCUSE" && InquiryLead().IsMatch(clause.Connective == "main" ? masked[..triggerStart] : masked[clause.Start..triggerStart])
                && InquiryAuthor(registry, document.Body[..sentence.Start], earlier, attribution) is { } authorActor)
            {
                source = new Mention(clause.Start, clause.Start, authorActor);
                after = after.Where(m => CountryOf(m.Actor) != CountryOf(authorActor)).ToList();
            }

            // "Haroon said drone attacks had killed ...": the speaker of a report is not the doer of what it reports, nor a
            // party to "the talks" it announces.
            if (source is not null && (type.Plover is "ASSAULT" or "COERCE" or "RETREAT" or "AID" or "CONCEDE" or "MOBILIZE"
                    || type.Plover == "CONSULT" && trigger.Value is "talks" or "negotiations"
                        && !after.Any(m => m.Start >= triggerEnd && m.Start - triggerEnd <= 15 && masked[triggerEnd..m.Start].TrimStart().StartsWith("with", StringComparison.OrdinalIgnoreCase)
                            && CountryOf(m.Actor) != CountryOf(source.Actor)))
                && source.End <= triggerStart && source.End > source.Start // a party the text names, not one taken from an earlier sentence
                && ReportingVerb().Match(masked[source.End..triggerStart]) is { Success: true } report
                && !RelativeWord().IsMatch(masked[source.End..(source.End + report.Index)]) && report.Index <= 40 // "a NATO strike which it says killed": NATO is no speaker
                && !SpeakerPronoun().IsMatch(masked[(source.End + report.Index + report.Length)..triggerStart])) // "the Pentagon said it would release ...": the speaker does it
            {
                source = null;
            }

            // "24 soldiers who were killed when ...": a passive verb's subject is the side it was done to; "by X" names the doer.
            var passive = (PassiveLead().IsMatch(masked[..triggerStart])
                    || ReducedPassive().IsMatch(masked[..triggerStart]) && AgentLead().IsMatch(masked[triggerEnd..]))
                && Participle().IsMatch(trigger.Value) // "was investigating" is active; "families of soldiers killed in a strike": passive
                && !trigger.Value.StartsWith("committed", StringComparison.Ordinal); // "was committed to an inquiry" says what its subject will do
            if (passive)
            {
                // "by NATO"; "killed in a NATO air attack": the party that made the attack
                var agent = after.FirstOrDefault(m => masked[Math.Max(0, m.Start - 4)..m.Start].TrimEnd().EndsWith("by", StringComparison.OrdinalIgnoreCase))
                    ?? after.FirstOrDefault(m => m.Start >= triggerEnd && AttackOf().IsMatch(masked[triggerEnd..m.Start]) && AttackNoun().IsMatch(masked[m.End..clause.End]))
                    // "was called to the Foreign Office", "was postponed at Pakistan's request": the party right after names the doer
                    ?? (AgentPreposition().IsMatch(trigger.Value) ? after.FirstOrDefault(m => m.Start >= triggerEnd && m.Start - triggerEnd <= 4) : null);
                after = after.Where(m => m != agent).Prepend(source).OfType<Mention>().ToList();
                source = agent;
                if (agent is null && type.Plover == "ASSAULT")
                {
                    victims = after.Select(m => m.Actor).ToList();
                }
            }

            // "The attack hit the Salala checkpoints", "after the air strike killed 24 soldiers": an attack named by a noun alone is
            // the attack told before, else the one the story named with its party ("a NATO air strike last November").
            if (source is null && before.Count == 0 && type.Plover == "ASSAULT" && !passive && TheAttackSubject().IsMatch(masked[clause.Start..triggerEnd]))
            {
                retold = earlier.LastOrDefault(f => f.IsAssault);
                var attackerCode = retold?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source)?.Code;
                var attacker = attackerCode is not null ? SideActor(registry, attackerCode)
                    : PartyAttack().Matches(document.Body[..sentence.Start]).LastOrDefault() is { } named
                        && registry.Actors.TryGetValue(named.Groups["w"].Value.ToLowerInvariant(), out var namedParty) ? namedParty : null;
                if (attacker is not null)
                {
                    source = new Mention(clause.Start, clause.Start, attacker);
                }
            }

            // "Visas for U.S. intelligence staff were also held up", "trucks had been turned back": a restriction told without its
            // doer is by the side told last as restricting, else by the subject of the sentence before, else the dateline's country.
            if (source is null && type.Plover == "COERCE" && clause.Connective is "" or "main" or "and"
                && (passive && !AgentLead().IsMatch(masked[triggerEnd..clause.End])
                    || BeInside().IsMatch(trigger.Value) // "visas ... were held up": the passive inside the trigger
                        && (before.Count == 0 && string.IsNullOrWhiteSpace(masked[clause.Start..triggerStart])
                            // "customs officials said trucks had been turned back": the speakers only tell of it
                            || ReportingVerb().Match(masked[clause.Start..triggerStart]) is { Success: true } saidBy && before.All(m => m.End <= clause.Start + saidBy.Index))))
            {
                source = earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "COERCE")?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } restrictor
                    && SideActor(registry, restrictor.Code) is { } restrictorActor ? new Mention(clause.Start, clause.Start, restrictorActor)
                    : (lastSubject?.Actor ?? home) is { } restrictingSide ? new Mention(clause.Start, clause.Start, restrictingSide) : null;
            }

            // "He was released in March": a release told in the passive is by the side that held him (the last arrest or detention
            // told), else the country the story is filed from or placed in, else the other country the clause names; the one
            // released is its target.
            if (type is { Plover: "RETREAT", Mode: "release" } && BeInside().IsMatch(trigger.Value)
                && new[]
                    {
                        earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "COERCE")?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } holderActor
                            ? SideActor(registry, holderActor.Code) : null,
                        institutionsOf,
                    }.Concat(registry.FindNames(masked, clause.Start, clause.End, registry.Actors.ContainsKey).Select(n => registry.Actors[n.Key]).Where(a => a.Sector is null))
                    .FirstOrDefault(a => a is not null && (source is null || CountryOf(a) != CountryOf(source.Actor))) is { } holder)
            {
                after = (source is null ? after : after.Prepend(source)).Where(m => CountryOf(m.Actor) != CountryOf(holder)).ToList();
                source = new Mention(clause.Start, clause.Start, holder);
            }

            // "Panetta said the Haqqani network was behind the attacks": the one named is accused, the speaker accuses ("Mullen told a
            // Senate hearing that the Haqqani network acted as ...": the speaker is named before the verb, the audience after it).
            if (BehindTrigger().IsMatch(trigger.Value) && source is not null)
            {
                var accused = before.LastOrDefault() ?? source;
                after = after.Prepend(accused).ToList();
                var speech = ReportingVerb().Matches(masked[clause.Start..accused.Start]).LastOrDefault();
                source = speech is null ? null : before.LastOrDefault(m => m != accused && m.End <= clause.Start + speech.Index);
            }

            // "had come under fire from the Pakistani side": the party the fire came from is the one accused.
            if (trigger.Value.EndsWith(" from", StringComparison.Ordinal))
            {
                // "the Pakistani side" names a side of the border, and so the party on it
                var firedFrom = after.FirstOrDefault(m => m.Start >= triggerEnd && m.Start - triggerEnd <= 6)
                    ?? (FromSide().Match(masked, triggerEnd) is { Success: true } side && registry.Actors.TryGetValue(side.Groups["w"].Value.ToLowerInvariant(), out var sideActor)
                        ? new Mention(side.Groups["w"].Index, side.Groups["w"].Index + side.Groups["w"].Length, sideActor) : null);
                // "came under fire from across the border": from the other country the sentence names
                firedFrom ??= AcrossBorder().IsMatch(masked[triggerEnd..]) && source is not null
                    ? clauses.SelectMany(MentionsIn).FirstOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor) && !m.Actor.Code.StartsWith("IGO", StringComparison.Ordinal))
                    : null;
                if (firedFrom is not null)
                {
                    after = [firedFrom];
                }
            }

            // "Mukhtar said the United States had been told to stop the strikes": the one told is the target, the speaker's side told it
            // (and "had been asked to vacate the base" is an order so told).
            if ((type.Plover == "DEMAND" && (PassiveLead().IsMatch(masked[..triggerStart]) || PassiveTold().IsMatch(trigger.Value))
                    || type.Plover == "COERCE" && PassiveTold().IsMatch(trigger.Value)) && source is not null
                && ReportingVerb().Match(masked[..source.Start]) is { Success: true } saying
                && (before.FirstOrDefault(m => m.End <= saying.Index && CountryOf(m.Actor) != CountryOf(source.Actor))
                    ?? (home is not null && CountryOf(home) != CountryOf(source.Actor) ? new Mention(clause.Start, clause.Start, home) : null)) is { } toldBy)
            {
                (source, after) = (toldBy, [source]);
                before = [source];
            }

            // "officials said Washington still owed Islamabad $1 billion": a debt claimed is a demand of the one owed on the debtor.
            if (type.Plover == "DEMAND" && trigger.Value.Contains("owe", StringComparison.Ordinal) && source is not null)
            {
                var creditor = after.FirstOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor)) ?? previousSubject;
                if (creditor is not null && CountryOf(creditor.Actor) != CountryOf(source.Actor))
                {
                    (source, after) = (creditor, [source]);
                }
            }

            // "endorsed the decisions ..., including the demand that the US vacate Shamsi": a party inside a demand endorsed is not the one endorsed.
            if (type.Plover == "SUPPORT")
            {
                after = after.Where(m => !DemandedThat().IsMatch(masked[Math.Max(0, m.Start - 40)..m.Start])).ToList();
            }

            // "apologised for a NATO attack that killed two Pakistani soldiers": the attack is told in a clause of its own, but
            // its victims are still the ones the apology is to.
            // "will keep using drones, despite parliament's demand": a refusal in defiance is aimed at the side defied.
            if (ci + 1 < clauses.Count && (TellsAnAttack(clauses[ci + 1]) && type.Plover != "ASSAULT" || clauses[ci + 1].Connective == "despite" && type.Plover == "REJECT"))
            {
                after = [.. after, .. MentionsIn(clauses[ci + 1])];
            }

            // "during a visit to Beijing by the Pakistani finance minister": a visit told by a noun is made by the party after "by".
            if (source is null && type.Plover == "CONSULT" && VisitNoun().IsMatch(trigger.Value)
                && after.FirstOrDefault(m => ByAgent().IsMatch(masked[Math.Max(clause.Start, m.Start - 12)..m.Start])) is { } visitor)
            {
                (source, after) = (visitor, after.Where(m => m != visitor).ToList());
            }

            // "The deal, signed in Islamabad last October": an agreement the story told before was signed by its parties.
            if (source is null && before.Count == 0 && type.Plover == "SUPPORT" && SignedDeal().IsMatch(trigger.Value)
                && earlier.Concat(found).LastOrDefault(f => AgreementNoun().IsMatch(f.Event.Summary))?.Event is { } deal
                && deal.Actors.Where(a => a.Role != ActorRole.Other).Select(a => SideActor(registry, a.Code)).OfType<Actor>().DistinctBy(a => a.Code).ToList() is { Count: 2 } parties)
            {
                (source, after) = (new Mention(clause.Start, clause.Start, parties[0]), [new Mention(clause.End, clause.End, parties[1])]);
            }

            // "Panetta made the remarks during a visit to Kabul": with no visitor named, the main clause's subject made it.
            if (source is null && before.Count == 0 && clause.Connective == "during" && ci > 0 && MentionsIn(clauses[ci - 1]).FirstOrDefault() is { } host)
            {
                source = host;
            }

            // An actor of the source's own country is not the other side of an international event.
            var targets = after.Where(m => source is null || CountryOf(m.Actor) != CountryOf(source.Actor)).Select(m => m.Actor).DistinctBy(a => a.Code).Take(3).ToList();
            if (targets.Count == 0 && crowdProtest is not null)
            {
                targets = crowdProtest.Actors.Where(a => a.Role == ActorRole.Target).Select(a => SideActor(registry, a.Code)).OfType<Actor>().ToList();
            }

            if (targets.Count == 0 && type.Plover == "ASSAULT" && victims.Count > 0 && source is not null)
            {
                targets = victims.Where(v => CountryOf(v) != CountryOf(source.Actor)).ToList();
            }

            // "Obama met Gilani in Seoul. They discussed the review": the two are the parties to the meeting told just before.
            if (targets.Count == 0 && source is not null && type.Plover == "CONSULT" && TheTwo().IsMatch(masked[clause.Start..triggerStart])
                && earlier.Concat(found).TakeLast(2).LastOrDefault(f => f.Event.Plover == "CONSULT") is { } meetingTold
                && meetingTold.Event.Actors.FirstOrDefault(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) != ActorCodes.Side(source.Actor.Code)) is { } metWith
                && SideActor(registry, metWith.Code) is { } metWithActor)
            {
                targets.Add(metWithActor);
                retold = meetingTold; // the same meeting, told again
            }

            // "declined to hold a meeting with him", "met Zardari and urged him": the other party named last before the clause.
            if (targets.Count == 0 && source is not null && ObjectPronoun().IsMatch(masked[clause.Start..clause.End])
                && (clauses.Take(ci).SelectMany(MentionsIn).LastOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor) && IsPerson(registry, masked[m.Start..m.End]))
                    ?? clauses.Take(ci).SelectMany(MentionsIn).LastOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor))) is { } referent)
            {
                targets.Add(referent.Actor);
            }

            // "..., a finding Pakistan rejected", "a strike Pakistan called a violation": a reaction to the event just told
            // is aimed at that event's doer.
            var toldBefore = found.LastOrDefault()?.Event
                // "\"Such strikes are a violation of our sovereignty,\" the spokesman said": the quote's subject names the act.
                ?? ((CauseNoun().Match(Regex.Replace(antecedent + " " + masked[clause.Start..clause.End], @"^.*?\b(?=the\s)", "")) is { Success: true } causeNamed ? causeNamed
                    : quote is not null && ci == 0 ? CauseNoun().Match(masked[clause.Start..clause.End]) : Match.Empty) is { Success: true } cause
                    ? (KindOf(cause).Length > 0 ? earlier.LastOrDefault(f => f.IsAssault && KindOf(cause).All(w => f.Event.Summary.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? earlier.LastOrDefault(f => f.IsAssault)
                        : LatestAttack(earlier))?.Event
                    : null)
                ?? (ChargeNoun().Match(masked[clause.Start..clause.End]) is { Success: true } charge
                    ? earlier.LastOrDefault(f => f.Event.Plover == (charge.Groups["n"].Value.StartsWith("demand", StringComparison.OrdinalIgnoreCase) || charge.Groups["n"].Value.StartsWith("request", StringComparison.OrdinalIgnoreCase) ? "DEMAND" : "ACCUSE"))?.Event
                    : null);
            // "Kayani called it a blatant act": "it" is the attack told before.
            if (ItObject().IsMatch(masked[triggerStart..clause.End]) && earlier.Concat(found).LastOrDefault(f => f.IsAssault) is { } attackTold)
            {
                toldBefore = attackTold.Event;
            }

            // "led a march to protest against the strikes": the attacks a reaction is against, named after its verb.
            if (toldBefore is null && AgainstAttacks().Match(masked, triggerEnd) is { Success: true } against && against.Index < clause.End
                && (earlier.LastOrDefault(f => f.IsAssault && KindOf(against).All(w => f.Event.Summary.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? earlier.LastOrDefault(f => f.IsAssault)) is { } attackedBy)
            {
                toldBefore = attackedBy.Event;
            }
            if (targets.Count == 0 && source is not null && type.Plover is "ACCUSE" or "REJECT" or "THREATEN" or "DEMAND" or "PROTEST"
                && toldBefore?.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } doer
                && ActorCodes.Side(doer.Code) != ActorCodes.Side(source.Actor.Code))
            {
                if (SideActor(registry, doer.Code) is { } doerActor)
                {
                    targets.Add(doerActor);
                }
            }

            // "Allen regretted the move": a reaction to "the move" or "the decision" is aimed at the side that made the one told last.
            if (targets.Count == 0 && source is not null && type.Plover is "ACCUSE" or "REJECT" or "SUPPORT" or "PROTEST"
                && MoveNoun().IsMatch(masked[triggerStart..clause.End])
                && earlier.Concat(found).LastOrDefault()?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } lastMover
                && SideActor(registry, lastMover.Code) is { } moverSide && CountryOf(moverSide) != CountryOf(source.Actor))
            {
                targets.Add(moverSide);
            }

            // "would not pay the $5,000 per truck that Pakistan has asked for": what is refused is the ask of the party the relative
            // clause after it names.
            if (targets.Count == 0 && source is not null && type.Plover == "REJECT" && ci + 1 < clauses.Count && RelativeTail().IsMatch(text)
                && MentionsIn(clauses[ci + 1]).FirstOrDefault() is { } asker && CountryOf(asker.Actor) != CountryOf(source.Actor))
            {
                targets.Add(asker.Actor);
            }

            // "said the posts had come under unprovoked fire": the charge is against the side whose attack the story told.
            if (targets.Count == 0 && source is not null && type.Plover == "ACCUSE" && UnderFire().IsMatch(trigger.Value)
                && earlier.Concat(found).LastOrDefault(f => f.IsAssault)?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } firer
                && SideActor(registry, firer.Code) is { } firerSide && CountryOf(firerSide) != CountryOf(source.Actor))
            {
                targets.Add(firerSide);
            }

            // "opened fire first and that two Afghan policemen were wounded": the casualties the next clause tells were its target.
            if (targets.Count == 0 && source is not null && type.Plover == "ASSAULT" && ci + 1 < clauses.Count && clauses[ci + 1].Connective == "and"
                && Casualties().IsMatch(masked[clauses[ci + 1].Start..clauses[ci + 1].End])
                && MentionsIn(clauses[ci + 1]).FirstOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor)) is { } casualties)
            {
                targets.Add(casualties.Actor);
            }

            // "the attacks were indiscriminate", with no attack told but a charge against "U.S. drone strikes" before: the side
            // charged then.
            if (targets.Count == 0 && source is not null && type.Plover == "ACCUSE" && LatestAttack(earlier.Concat(found)) is null
                && AttacksSubject().IsMatch(masked[clause.Start..triggerEnd])
                && earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "ACCUSE" && AttacksNamed().IsMatch(f.Event.Summary))?.Event.Actors
                    .FirstOrDefault(a => a.Role == ActorRole.Target) is { } chargedEarlier
                && SideActor(registry, chargedEarlier.Code) is { } chargedSide && CountryOf(chargedSide) != CountryOf(source.Actor))
            {
                targets.Add(chargedSide);
            }

            // "rejected U.S. accusations ... A resolution said the allegations were without substance": the charges rejected before.
            if (targets.Count == 0 && source is not null && type.Plover == "REJECT" && ChargeNoun().IsMatch(masked[clause.Start..clause.End])
                && earlier.LastOrDefault(f => f.Event.Plover == "REJECT" && f.Event.Actors.Any(a => a.Role == ActorRole.Source && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code)))
                    ?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Target) is { } chargedBy
                && SideActor(registry, chargedBy.Code) is { } chargedByActor)
            {
                targets.Add(chargedByActor);
            }

            // "had not come to apologise for the raid": an apology, made or refused, is owed to the side the attack was on, or
            // whose ground it was on.
            if (targets.Count == 0 && source is not null && type.Plover is "REJECT" or "SUPPORT" && Apologise().IsMatch(trigger.Value)
                && LatestAttack(earlier.Concat(found))?.Event is { } apologisedFor
                && (apologisedFor.Actors.FirstOrDefault(a => a.Role == ActorRole.Target)?.Code is { } owedVictim ? SideActor(registry, owedVictim)
                    : apologisedFor.Location?.Country is { } ground ? registry.Side(ground) : null) is { } owed
                && CountryOf(owed) != CountryOf(source.Actor))
            {
                targets.Add(owed);
            }

            // "the plot had been hatched in the Pakistani city of Quetta": a charge of where an attack was plotted is aimed at
            // the country of that place.
            if (targets.Count == 0 && source is not null && type.Plover == "ACCUSE" && PlottedIn().IsMatch(trigger.Value)
                && Location(registry, masked, triggerStart, triggerEnd, clause.End) is { } plottedAt && registry.Side(plottedAt.Country) is { } plottedIn
                && CountryOf(plottedIn) != CountryOf(source.Actor))
            {
                targets.Add(plottedIn);
            }

            // "Petraeus pressed the general to act": the title names the party of the other side the story told last.
            if (source is not null && TitleObject().IsMatch(masked[triggerEnd..clause.End])
                && (clauses.Take(ci).SelectMany(MentionsIn).LastOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor) && IsPerson(registry, masked[m.Start..m.End]))?.Actor
                    ?? OtherSideLastActing(earlier, source.Actor, registry)) is { } addressed
                && CountryOf(addressed) != CountryOf(source.Actor))
            {
                targets = [addressed];
            }

            if (targets.Count == 0 && source is not null && (before.Contains(source) || pronounSubject) && clause.Connective is "which" or "whom" && ci > 0
                && MentionsIn(clauses[ci - 1]).LastOrDefault() is { } antecedentParty
                && OwnedThing().IsMatch(masked[antecedentParty.End..clauses[ci - 1].End]) // "the NATO supply routes, which Pakistan closed"
                && CountryOf(antecedentParty.Actor) != CountryOf(source.Actor))
            {
                targets.Add(antecedentParty.Actor);
            }

            // "The ambassador was told that the strikes were illegal": the one told is the target; the teller is the side that last
            // acted on his, else the story's country.
            Mention? toldParty = null;
            if (source is not null && type.Plover is "ACCUSE" or "DEMAND" or "THREATEN" or "REJECT"
                && WasTold().Match(masked, clause.Start, triggerStart - clause.Start) is { Success: true } wasTold && source.End <= wasTold.Index
                && (earlier.Concat(found).LastOrDefault(f => f.Event.Actors.Any(a => a.Role == ActorRole.Target && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code)))
                        ?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } actedOn ? SideActor(registry, actedOn.Code)
                    : home is not null && CountryOf(home) != CountryOf(source.Actor) ? home : null) is { } teller2)
            {
                toldParty = source;
                source = new Mention(clause.Start, clause.Start, teller2);
                targets = [toldParty.Actor];
                // what the envoy was told at his summons is the summons, told again
                retold ??= earlier.Concat(found).LastOrDefault(f => f.Event.Plover == type.Plover
                    && f.Event.Actors.Any(a => a.Role == ActorRole.Source && ActorCodes.Side(a.Code) == ActorCodes.Side(teller2.Code))
                    && f.Event.Actors.Any(a => a.Role == ActorRole.Target && ActorCodes.Side(a.Code) == ActorCodes.Side(toldParty.Actor.Code)));
            }

            if (teller >= 0 && source is not null && toldParty is null)
            {
                targets = before.Skip(teller + 1).Select(m => m.Actor).Where(a => CountryOf(a) != CountryOf(source.Actor)).Concat(targets).DistinctBy(a => a.Code).Take(3).ToList();
            }
            if (source is null && symmetric && after.Count >= 2 && CountryOf(after[0].Actor) != CountryOf(after[1].Actor)
                && (JoinedByAnd(masked, after[0], after[1]) || after[0].Start >= triggerEnd && BetweenLead().IsMatch(masked[triggerEnd..after[0].Start])))
            {
                source = after[0]; // "talks between Washington and Islamabad"
                targets = [after[1].Actor];
            }
            else if (source is null && symmetric && after.Count >= 2 && after[0].Start >= triggerEnd && BetweenLead().IsMatch(masked[triggerEnd..after[0].Start])
                && after.Skip(1).FirstOrDefault(m => CountryOf(m.Actor) != CountryOf(after[0].Actor)) is { } otherSide
                && masked[after[0].End..otherSide.Start].Contains(" and ", StringComparison.Ordinal))
            {
                source = after[0]; // "talks between US special envoy Marc Grossman and Pakistani officials"
                targets = [otherSide.Actor];
            }

            // "US and Pakistani talks", "Afghan and Pakistani officials met": both sides right before the trigger are its subject.
            if (before.Count > 1 && symmetric && ListHead(masked, before) is var head && head != before[^1] && CountryOf(head.Actor) != CountryOf(before[^1].Actor)
                && (targets.Count == 0 || masked[before[^1].End..triggerStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2))
            {
                // "Pakistan, Afghanistan and the United States met", "Karzai, President Zardari and Iran's President Ahmadinejad
                // met": the list's first is the source, the rest the targets
                var first = before.IndexOf(head);
                source = before[first];
                targets = before.Skip(first + 1).Select(m => m.Actor).Where(a => CountryOf(a) != CountryOf(source.Actor)).DistinctBy(a => a.Code).ToList();
            }

            // "The two sides agreed to continue talks": the parties of the last event told with two sides. "The presidents met
            // ... and pledged to work together": the parties of the meeting.
            if (before.Count == 0 && (BothSides().IsMatch(masked[clause.Start..triggerStart]) || symmetric && BetweenBothSides().IsMatch(masked[triggerEnd..clause.End])
                    || symmetric && clause.Connective is "and" or "at which" or "during which" && found.LastOrDefault() is { Event.Plover: "CONSULT" or "AGREE" or "COOPERATE" })
                && (earlier.Concat(found).TakeLast(3).LastOrDefault(f => f.Event.Plover == "CONSULT" && f.Event.Actors.Any(a => a.Role == ActorRole.Target))
                    ?? (symmetric ? earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "CONSULT" && f.Event.Actors.Any(a => a.Role == ActorRole.Target)) : null)
                    ?? earlier.Concat(found).LastOrDefault(f => f.Event.Actors.Any(a => a.Role == ActorRole.Target)))?.Event is { } pair)
            {
                var sides = pair.Actors.Where(a => a.Role != ActorRole.Other).ToList();
                var pairModality = Modality(masked, triggerStart);
                // "met on Wednesday ... The two sides agreed": what the two sides did, undated, was done at their meeting.
                var atMeeting = pair is { Plover: "CONSULT", Date.Basis: DateBasis.Text } && symmetric ? pair.Date : null;
                var pairDate = atWhich ?? TextDate(timexes, masked, sentence.Start, clause.Start, triggerEnd, clause.End) ?? atMeeting ?? PublicationDate(document.Published);
                var dated = UpToReport(pairDate, document.Published, pairModality, text);
                pairModality = Scheduled(pairModality, dated, document.Published);
                found.Add(new Found(new ReportedEvent(Summary(text), type.Plover, type.Mode, type.Cameo, sides,
                    Location(registry, masked, triggerStart, triggerEnd, clause.End), dated, pairModality, attribution,
                    new Evidence(sentence.Text, sentence.Start, sentence.End)), ci, type.Plover == "ASSAULT", trigger.Value));
                continue;
            }

            // "Washington has refused to halt the strikes": a refusal answers the last demand made of its side.
            if (source is not null && targets.Count == 0 && type.Plover == "REJECT"
                && earlier.Concat(found).LastOrDefault(f => f.Event.Plover == "DEMAND"
                    && f.Event.Actors.Any(a => a.Role == ActorRole.Target && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code)))?.Event is { } demand
                && SideActor(registry, demand.Actors.First(a => a.Role == ActorRole.Source).Code) is { } demander)
            {
                targets.Add(demander);
            }

            // "Kerry declined to apologise for the raid" in a story from Islamabad: an apology refused is refused to the country told of.
            if (source is not null && targets.Count == 0 && type.Plover == "REJECT" && home is not null && CountryOf(home) != CountryOf(source.Actor)
                && ReviewOrApology().Match(masked[triggerEnd..clause.End]) is { Success: true } refused && refused.Value.Contains("apolog", StringComparison.OrdinalIgnoreCase))
            {
                targets.Add(home);
            }

            // "parliament called for a review of cooperation with Washington": a review is asked of one's own government.
            if (type.Plover == "DEMAND" && ReviewOrApology().Match(masked[triggerEnd..clause.End]) is { Success: true } review && review.Value.Contains("review", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "... and said it had only returned fire at militants": a side's own account of force aimed at no party is its defence, not an event.
            if (type.Plover == "ASSAULT" && targets.Count == 0 && OwnAccount().IsMatch(text))
            {
                continue;
            }

            // "Gilani asked the Foreign Office to take up the matter with Washington": a request is aimed at whom it asks.
            if (source is not null && type.Plover == "DEMAND"
                && after.FirstOrDefault(m => m.Start >= triggerEnd) is { } asked && masked[triggerEnd..asked.Start].Trim() is "" or "the"
                && CountryOf(asked.Actor) == CountryOf(source.Actor)
                && !after.Any(m => m.Start > asked.Start && JoinedByAnd(masked, asked, m) && CountryOf(m.Actor) != CountryOf(source.Actor))) // "called on Pakistan and India"
            {
                continue;
            }

            // "after the authorities blocked the road into the tribal agency": one road closed with no other party in the clause is
            // policing at home, not a blockade of another side.
            if (source is not null && type.Plover == "COERCE" && OneRoad().IsMatch(trigger.Value) && mentions.All(m => CountryOf(m.Actor) == CountryOf(source.Actor)))
            {
                continue;
            }

            // "Afghan officials said the patrol came under fire from the Pakistani side ..., an account Pakistan's military rejected":
            // a denial that names no one answers the charge just told, and is aimed at its maker.
            if (source is not null && targets.Count == 0 && type.Plover == "REJECT" && DenialTrigger().IsMatch(trigger.Value)
                && earlier.Concat(found).TakeLast(3).LastOrDefault(f => f.Event.Plover == "ACCUSE")?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } charger
                && ActorCodes.Side(charger.Code) != ActorCodes.Side(source.Actor.Code) && SideActor(registry, charger.Code) is { } chargerActor)
            {
                targets.Add(chargerActor);
            }

            // "the resolution, moved by congressman Rohrabacher, was an attack on Pakistan's sovereignty", "a hearing ...,
            // which Pakistan criticised": a complaint with no object named is aimed at the other side the sentence told of.
            if (source is not null && targets.Count == 0 && type.Plover is "ACCUSE" or "REJECT" or "COERCE" or "CONCEDE" or "SANCTION" or "RETREAT"
                && clauses.Take(ci).SelectMany(MentionsIn).Concat(mentions.Where(m => m.Start < triggerStart && InAgentAside(masked, m, triggerStart)))
                    .LastOrDefault(m => CountryOf(m.Actor) != CountryOf(source.Actor) && (m.Start > source.End || source.Start >= clause.Start)
                        && !(type.Plover == "RETREAT" && m.Actor.Code.StartsWith("IGO", StringComparison.Ordinal))) is { } complainedOf) // one leaves a country's soil, not an alliance
            {
                targets.Add(complainedOf.Actor);
            }

            // "the NATO air strike that killed 24 soldiers", in a story from Pakistan: soldiers no one names are the home country's.
            // With no home, those of the country the text places the attack in ("struck two army posts in Mohmand").
            if (source is not null && targets.Count == 0 && type.Plover == "ASSAULT" && UnnamedSoldiers().IsMatch(masked[triggerEnd..clause.End])
                && (home ?? (Location(registry, masked, triggerStart, triggerEnd, clause.End)?.Country is { } placed ? registry.Side(placed) : null)) is { Sector: null } soldiersOf
                && CountryOf(soldiersOf) != CountryOf(source.Actor))
            {
                targets.Add(InSector(soldiersOf, "MIL", "military"));
            }

            // "An inquiry found that both sides made mistakes": the other side is the attack's victim, or its doer when the victim
            // is the inquiry's own side.
            if (source is not null && targets.Count == 0 && type.Plover == "ACCUSE" && BothSidesAtFault().IsMatch(masked[triggerStart..clause.End])
                && earlier.Concat(found).LastOrDefault(f => f.IsAssault)?.Event is { } attackJudged
                && attackJudged.Actors.Where(a => a.Role != ActorRole.Other).OrderBy(a => a.Role == ActorRole.Target ? 0 : 1)
                    .FirstOrDefault(a => ActorCodes.Side(a.Code) != ActorCodes.Side(source.Actor.Code)) is { } faulted
                && SideActor(registry, faulted.Code) is { } faultedActor)
            {
                targets.Add(faultedActor);
            }

            // "Gilani described the move as interference": a complaint about "the move" goes on with the side's last complaint.
            if (source is not null && targets.Count == 0 && type.Plover is "ACCUSE" or "REJECT" && ReferredMove().IsMatch(masked[triggerStart..clause.End])
                && earlier.Concat(found).LastOrDefault(f => f.Event.Plover is "ACCUSE" or "REJECT" or "SANCTION" or "COERCE")?.Event is { } lastComplaint
                && lastComplaint.Actors.Any(a => a.Role == ActorRole.Source && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code))
                && lastComplaint.Actors.FirstOrDefault(a => a.Role == ActorRole.Target) is { } complainedTo
                && SideActor(registry, complainedTo.Code) is { } complainedActor)
            {
                targets.Add(complainedActor);
            }

            // "Allen met Kayani ... Kayani conveyed Pakistan's concerns": said at a meeting, to the other side of it, on its day.
            EventDate? saidAtMeeting = null;
            if (source is not null && targets.Count == 0 && type.Plover is "ACCUSE" or "DEMAND" or "SUPPORT"
                && earlier.Concat(found).TakeLast(2).LastOrDefault(f => f.Event.Plover is "CONSULT" or "AGREE")?.Event is { } meeting
                && meeting.Actors.Any(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code))
                && meeting.Actors.FirstOrDefault(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) != ActorCodes.Side(source.Actor.Code)) is { } otherParty
                && SideActor(registry, otherParty.Code) is { } otherActor)
            {
                targets.Add(otherActor);
                saidAtMeeting = meeting.Date.Basis == DateBasis.Text ? meeting.Date : null;
            }

            // "Pakistan has demanded an unconditional apology": asked of the side that refused one, else of the attacker.
            if (source is not null && targets.Count == 0 && type.Plover == "DEMAND" && ApologyAsked().IsMatch(masked[triggerStart..clause.End])
                && (earlier.Concat(found).LastOrDefault(f => f.Trigger.Contains("apolog", StringComparison.OrdinalIgnoreCase)
                        && f.Event.Actors.Any(a => a.Role == ActorRole.Source && ActorCodes.Side(a.Code) != ActorCodes.Side(source.Actor.Code)))
                    ?? earlier.Concat(found).LastOrDefault(f => f.IsAssault))?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } owing
                && ActorCodes.Side(owing.Code) != ActorCodes.Side(source.Actor.Code) && SideActor(registry, owing.Code) is { } owingActor)
            {
                targets.Add(owingActor);
            }

            // "told the BBC that the attack had been unprovoked": a complaint about the attack told before is aimed at its doer.
            if (source is not null && targets.Count == 0 && type.Plover == "ACCUSE" && TheAttack().IsMatch(masked[clause.Start..clause.End])
                && LatestAttack(earlier.Concat(found))?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } attackDoer
                && ActorCodes.Side(attackDoer.Code) != ActorCodes.Side(source.Actor.Code) && SideActor(registry, attackDoer.Code) is { } complaintTarget)
            {
                targets.Add(complaintTarget);
            }

            // "Khan said drone attacks violated Pakistan's sovereignty": a complaint about drones is aimed at the party the
            // article names as flying them ("American drone strikes").
            if (source is not null && targets.Count == 0 && type.Plover is "ACCUSE" or "DEMAND"
                && DroneOrMissile().IsMatch(masked[(clause.Connective is "which" or "that" && ci > 0 ? clauses[ci - 1].Start : clause.Start)..clause.End]) // "the drone strikes, which they say violate ..."

                && DroneOwner().Match(document.Body) is { Success: true } droneFlier
                && registry.Actors.TryGetValue(droneFlier.Groups["w"].Value.ToLowerInvariant(), out var flierActor)
                && CountryOf(flierActor) != CountryOf(source.Actor) && registry.Side(CountryOf(flierActor)) is { Sector: null } flierSide)
            {
                targets.Add(flierSide);
            }

            // "Kayani said the strike was unacceptable and directed ... an effective response": the second act of one speaker in a
            // sentence is aimed where the first was.
            if (source is not null && targets.Count == 0 && type.Plover is "THREATEN" or "ACCUSE" or "DEMAND" && clause.Connective == "and"
                && found.LastOrDefault()?.Event is { } firstAct && firstAct.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } firstDoer
                && ActorCodes.Side(firstDoer.Code) == ActorCodes.Side(source.Actor.Code)
                && firstAct.Actors.FirstOrDefault(a => a.Role == ActorRole.Target) is { } firstTarget && SideActor(registry, firstTarget.Code) is { } firstTargetActor)
            {
                targets.Add(firstTargetActor);
            }

            // "Clinton apologised for the deaths": an apology goes to the side the attack told before was on.
            if (source is not null && targets.Count == 0 && type is { Plover: "SUPPORT", Cameo: "055" }
                && earlier.Concat(found).LastOrDefault(f => f.IsAssault)?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Target) is { } victim
                && ActorCodes.Side(victim.Code) != ActorCodes.Side(source.Actor.Code) && SideActor(registry, victim.Code) is { } victimActor)
            {
                targets.Add(victimActor);
            }

            // "Washington also agreed to release $1.1 billion in aid": aid and concessions with no side named go on with the
            // other side of the last event the giver took part in.
            // "Washington has offered about $250", "the U.S. team packed up and flew home": an offer or a departure likewise.
            if (source is not null && targets.Count == 0 && (type.Plover is "AID" or "CONCEDE" || type.Plover is "AGREE" or "RETREAT" && clause.Connective is not ("after" or "when" or "since" or "before" or "because" or "following" or "which" or "who" or "that" or "if" or "unless"))
                && earlier.Concat(found).TakeLast(2).LastOrDefault(f => f.Event.Actors.Any(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Actor.Code)))?.Event is { } withGiver
                && withGiver.Actors.FirstOrDefault(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) != ActorCodes.Side(source.Actor.Code)) is { } partner
                && SideActor(registry, partner.Code) is { } partnerActor)
            {
                targets.Add(partnerActor);
            }

            // "Panetta welcomed the reopening": praise for an act told before goes to the side that did it.
            if (source is not null && targets.Count == 0 && type.Plover == "SUPPORT" && WelcomedAct().IsMatch(masked[triggerStart..clause.End])
                && earlier.Concat(found).LastOrDefault(f => f.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } doer
                    && ActorCodes.Side(doer.Code) != ActorCodes.Side(source.Actor.Code))?.Event.Actors.First(a => a.Role == ActorRole.Source) is { } praised
                && SideActor(registry, praised.Code) is { } praisedActor)
            {
                targets.Add(praisedActor);
            }

            // "lawmakers demanded that the government keep the routes closed until Washington apologised": a demand made of one's
            // own side is domestic, whoever else the demand names.
            if (source is not null && type.Plover == "DEMAND" && after.FirstOrDefault(m => m.Start >= triggerEnd) is { } demandedOf
                && CountryOf(demandedOf.Actor) == CountryOf(source.Actor) && masked[triggerEnd..demandedOf.Start].Trim() == "that")
            {
                continue;
            }

            // "the cabinet endorsed the closure of the supply routes and the order to evict US personnel": approving one's own
            // side's act is domestic; the act is its own event.
            if (type.Plover == "SUPPORT" && Endorsement().IsMatch(trigger.Value)
                && OwnActObject().IsMatch(masked[triggerEnd..clause.End]))
            {
                continue;
            }

            // "would do everything it can to defend its troops from attacks launched from Pakistani territory": a threat or charge
            // about what comes from a country's soil is aimed at that country.
            if (source is not null && targets.Count == 0 && type.Plover is "THREATEN" or "ACCUSE"
                && registry.FindNames(masked, triggerEnd, clause.End, registry.Actors.ContainsKey).Select(n => (Name: n, Actor: registry.Actors[n.Key]))
                    .FirstOrDefault(x => x.Actor.Sector is null && CountryOf(x.Actor) != CountryOf(source.Actor)
                        && FromSoil().IsMatch(masked[Math.Max(0, x.Name.Start - 12)..x.Name.Start]) && GeographicNoun().IsMatch(masked[x.Name.End..clause.End])) is { Actor: { } soil })
            {
                targets = [soil];
            }

            // "Karzai banned the fertilizer in his country": a ban aimed at no other party is domestic.
            if (targets.Count == 0 && type is { Plover: "COERCE", Mode: "ban" })
            {
                continue;
            }

            // "Gilani praised the armed forces": an act aimed only at the actor's own side is not international ("drone strikes
            // violate Pakistan's sovereignty" names whose sovereignty is harmed, not whom the charge is aimed at).
            if (source is not null && targets.Count == 0 && type.Plover is "SUPPORT" or "ACCUSE" or "DEMAND" or "REJECT" or "THREATEN"
                && !(type.Plover == "ACCUSE" && trigger.Value.Contains("sovereignt", StringComparison.OrdinalIgnoreCase))
                && (after.Any(m => m.Start > source.Start) && after.Where(m => m.Start > source.Start).All(m => CountryOf(m.Actor) == CountryOf(source.Actor))
                    || OwnInstitution().IsMatch(masked[triggerEnd..clause.End])))
            {
                continue;
            }

            // "protested outside the press club in Lahore, saying cheaper Indian produce would ruin them": what a crowd says it fears
            // is not the side it marched against.
            if (type.Plover == "PROTEST")
            {
                after = after.Where(m => m.Start < triggerEnd || !SayingAside().IsMatch(masked[triggerEnd..m.Start])).ToList();
            }

            // "protested ..., chanting anti-American slogans" in the clause, "chanting slogans against the United States" anywhere after: the side the crowd was against.
            if (type.Plover == "PROTEST" && AntiSide().Match(masked, triggerEnd) is { Success: true } anti && (anti.Index < clause.End || anti.Groups["slogans"].Success)
                && registry.Actors.TryGetValue(anti.Groups["w"].Value.ToLowerInvariant(), out var opposed))
            {
                after = [.. after, new Mention(anti.Groups["w"].Index, anti.Groups["w"].Index + anti.Groups["w"].Length, opposed)];
            }

            // The crowd's country: where the protest was, else the place the clause or sentence opened with ("In Karachi, several
            // thousand protesters marched"), else the dateline's; never the country protested against.
            if (source is null && type.Plover == "PROTEST" && after.Count > 0
                && new[]
                    {
                        Location(registry, masked, triggerStart, triggerEnd, clause.End)?.Country,
                        registry.FindNames(masked, clause.Start, triggerStart, registry.Places.ContainsKey).Select(n => registry.Places[n.Key].Country).FirstOrDefault(),
                        registry.FindNames(masked, 0, clause.Start, registry.Places.ContainsKey).Select(n => registry.Places[n.Key].Country).LastOrDefault(),
                        home?.Code,
                    }.FirstOrDefault(c => c is not null && after.Any(m => CountryOf(m.Actor) != c)) is { } crowdCountry
                && registry.Side(crowdCountry) is { Sector: null } crowd)
            {
                // "About 2,000 people protested outside the U.S. consulate in Karachi": the crowd is the place's people.
                source = new Mention(clause.Start, clause.Start, InSector(crowd, "CVL", "civil"));
                targets = after.Where(m => CountryOf(m.Actor) != crowdCountry).Select(m => m.Actor).DistinctBy(a => a.Code).Take(3).ToList();
            }

            // "A missile strike killed three militants": an attack from the air that no sentence attributes is by the party the
            // article names as flying the drones ("U.S. drone operators", "American drone strikes"); with none named, no event.
            if (source is null && type.Plover == "ASSAULT" && before.Count == 0 && !passive && DroneOrMissile().IsMatch(trigger.Value)
                && DroneOwner().Match(document.Body) is { Success: true } flier
                && registry.Actors.TryGetValue(flier.Groups["w"].Value.ToLowerInvariant(), out var droneOwner))
            {
                source = new Mention(clause.Start, clause.Start, droneOwner);
            }

            // "Gunmen set fire to tankers carrying fuel for NATO forces", "Hardline religious groups have threatened to attack NATO
            // convoys": armed groups no one names, acting against another side in a story from their country, are its.
            // "Dozens have been set on fire by militants", "gunmen torched eight tankers": supply vehicles are the other side's.
            if (source is null && before.Count == 0 && type.Plover is "ASSAULT" or "THREATEN" && home is { Sector: null } homeSide
                && (UnnamedArmedGroup().IsMatch(masked[clause.Start..triggerStart]) || trigger.Value.EndsWith(" by", StringComparison.Ordinal) && UnnamedArmedGroup().Match(masked, triggerEnd) is { Success: true } byGroup && masked[triggerEnd..byGroup.Index].Trim().Length == 0)
                && (after.Any(m => m.Start >= triggerStart && CountryOf(m.Actor) != CountryOf(homeSide)) || SupplyVehicles().IsMatch(masked[clause.Start..clause.End])))
            {
                source = new Mention(clause.Start, clause.Start, InSector(homeSide, "REB", "rebels"));
            }

            // "air defence guns had been moved to posts along the border in Mohmand": forces moved within a country are its own.
            if (source is null && type.Plover == "MOBILIZE" && Location(registry, masked, triggerStart, triggerEnd, clause.End) is { } movedTo
                && registry.Side(movedTo.Country) is { Sector: null } mover)
            {
                source = new Mention(clause.Start, clause.Start, InSector(mover, "MIL", "military"));
            }

            if (source is null)
            {
                // "The two officers were sent in recent weeks ...": a passive detail of an event the article already told
                // of, with the same parties; it merges with that event and may date it better.
                var told = earlier.LastOrDefault(f => f.Event.Plover == type.Plover);
                if (told is not null && before.Count == 0 && (PassiveTrigger().IsMatch(trigger.Value) || UnnamedGroup().IsMatch(trigger.Value)))
                {
                    var detail = told.Event with
                    {
                        Summary = Summary(text),
                        Date = TextDate(timexes, masked, sentence.Start, clause.Start, triggerEnd, clause.End) ?? PublicationDate(document.Published),
                        Location = Location(registry, masked, triggerStart, triggerEnd, clause.End) ?? told.Event.Location,
                        Modality = Modality(masked, triggerStart),
                        Attribution = attribution,
                        Evidence = new Evidence(sentence.Text, sentence.Start, sentence.End),
                    };
                    found.Add(new Found(detail, ci, type.Plover == "ASSAULT", trigger.Value));
                }

                continue; // no actor, no event of international relations
            }

            // "a NATO strike that killed 24 of its soldiers": the possessive stands for the last other side that is a subject
            // ("a deadline Pakistan set after ..."), else the side the sentence began with.
            if (targets.Count == 0 && Possessive().Match(masked[triggerEnd..clause.End]) is { Success: true } own
                && registry.Sectors.TryGetValue(own.Groups["noun"].Value, out var owned)
                && (clauses.Take(ci + 1).SelectMany(MentionsIn).LastOrDefault(m => m.Start < triggerStart && CountryOf(m.Actor) != CountryOf(source.Actor)
                        && SubjectVerb().IsMatch(masked[m.End..Math.Min(masked.Length, m.End + 20)]))
                    ?? clauses.Take(ci + 1).SelectMany(MentionsIn).FirstOrDefault()) is { } opener
                && CountryOf(opener.Actor) != CountryOf(source.Actor)
                && opener.Actor.Code.Length == 3)
            {
                targets.Add(opener.Actor with { Code = opener.Actor.Code + owned.Suffix, Name = $"{opener.Actor.Name} ({owned.Sector})", Sector = owned.Sector });
            }

            var location = Location(registry, masked, triggerStart, triggerEnd, clause.End);
            // Sent to Peshawar, withdrew from Shamsi: the place's country is the other side. An attack in a country is not
            // thereby an attack on it, so assaults take no side from their place.
            // Border posts, checkpoints and bases belong to the country they stand in: an attack on them is on its military.
            if (targets.Count == 0 && location is not null && location.Country != CountryOf(source.Actor) && type.Plover == "ASSAULT"
                && MilitaryPost().IsMatch(masked[triggerStart..clause.End])
                && registry.Side(location.Country) is { Sector: null } postOwner)
            {
                targets.Add(InSector(postOwner, "MIL", "military"));
            }

            if (targets.Count == 0 && location is not null && location.Country != CountryOf(source.Actor) && type.Plover is not ("ASSAULT" or "PROTEST"))
            {
                var country = registry.Side(location.Country);
                if (country is not null)
                {
                    targets.Add(country);
                }
            }

            // "The Pakistani government has protested against the strikes": a state's protest is a complaint, not a demonstration.
            if (type.Plover == "PROTEST" && source.Actor.Sector is null or "government" or "military"
                && registry.EventTypes.FirstOrDefault(t => t is { Plover: "ACCUSE", Mode: "disapprove", Cameo: "114" }) is { } complaint)
            {
                type = complaint;
            }

            // "denied that it supports the Haqqanis": support for no party the registry knows is no event between states.
            if (type is { Plover: "SUPPORT", Cameo: "051" } && targets.Count == 0)
            {
                continue;
            }

            var actors = new List<EventActor> { new(ActorRole.Source, source.Actor.Code, source.Actor.Name) };
            // "Germany and the United States had urged ...": both are the source.
            var coSource = before.Count > 1 && before[^1] == source && JoinedByAnd(masked, before[^2], source) ? before[^2]
                : before.Count == 0 && source == previousSubject ? previousPartner : null;
            if (coSource is not null && CountryOf(coSource.Actor) != CountryOf(source.Actor) && targets.All(t => t.Code != coSource.Actor.Code))
            {
                actors.Insert(0, new EventActor(ActorRole.Source, coSource.Actor.Code, coSource.Actor.Name));
            }

            actors.AddRange(targets.Select(t => new EventActor(ActorRole.Target, t.Code, t.Name)));
            actors.AddRange(before.Where(m => m != source && m != coSource && m.Actor.Code != source.Actor.Code && targets.All(t => t.Code != m.Actor.Code))
                .Select(m => m.Actor).DistinctBy(a => a.Code).Select(a => new EventActor(ActorRole.Other, a.Code, a.Name)));

            // "mourners gathered on Sunday for the funerals of soldiers killed in a NATO strike": a date before a participle that
            // describes a noun is the main verb's.
            var describing = passive && !PassiveLead().IsMatch(masked[..triggerStart]);
            var date = atWhich ?? TextDate(type.Plover == "ASSAULT" ? toldTimexes : timexes, masked, sentence.Start, describing ? triggerStart : clause.Start, triggerEnd, clause.End, PastVerb().IsMatch(trigger.Value) ? document.Published : null)
                ?? ShiftedFromNeighbour(timexes, masked, sentence.Start, clause, triggerStart, document.Published, ReferredDay(sentence.Text, earlier))
                ?? CausedBy(timexes, masked, sentence.Start, clauses, ci, document.Published)
                ?? BeforeItsEnd(timexes, masked, sentence.Start, clauses, ci)
                // "told a panel on Wednesday that … and that building it would violate sanctions": what would happen was said then.
                ?? (clause.Connective == "and" && Ahead().IsMatch(text) && !(text.TrimStart().StartsWith("that ", StringComparison.Ordinal)
                    && ReportingVerb().IsMatch(masked[clauses[ci - 1].Start..clauses[ci - 1].End])) ? null : WhenNeighbour(timexes, masked, sentence.Start, clauses, ci))
                ?? (Ahead().IsMatch(text) ? null : DatedByWhenClause(timexes, sentence.Start, clauses, ci))
                ?? AfterDatedCause(timexes, sentence.Start, clauses, ci, document.Published)
                ?? OpeningDate(timexes, sentence.Start + OpeningLead(masked), clauses, ci)
                ?? (PastVerb().IsMatch(trigger.Value) ? null : ContentOfDated(timexes, sentence.Start, clauses, ci))
                ?? AntecedentDate(timexes, masked, sentence.Start, clauses, ci)
                ?? heading
                ?? saidAtMeeting
                ?? ToldAtMeeting(masked[clause.Start..triggerEnd], source.Actor, targets, earlier.Concat(found))
                ?? SameOccasion(text, earlier.Concat(found))
                ?? AtTheGathering(masked, earlier.Concat(found))
                ?? PublicationDate(document.Published);
            // "Congress should consider cutting military aid to Pakistan if the routes stayed closed": a sanction held out on a
            // condition is a threat of it.
            if (type.Plover == "SANCTION" && MaybeLead().IsMatch(masked[Math.Max(clause.Start, triggerStart - 40)..triggerStart])
                && ConditionWord().IsMatch(masked[triggerEnd..clause.End])
                && registry.EventTypes.FirstOrDefault(t => t is { Plover: "THREATEN", Cameo: "131" }) is { } sanctionThreat)
            {
                type = sanctionThreat;
            }

            var modality = Modality(masked, triggerStart);
            // "they may return fire without waiting for permission": what a threat says may happen is the threat, and it was made.
            if (modality == Contracts.Modality.Hypothetical && type.Plover == "THREATEN" && !ConditionLead().IsMatch(masked[Math.Max(0, triggerStart - 30)..triggerStart]))
            {
                modality = Contracts.Modality.Actual;
            }

            date = UpToReport(date, document.Published, modality, text);
            modality = Scheduled(modality, date, document.Published);

            var summary = Summary(text);
            if (source.End <= clause.Start && !summary.StartsWith(masked[source.Start..source.End], StringComparison.Ordinal))
            {
                summary = $"{masked[source.Start..source.End]} {char.ToLowerInvariant(summary[0])}{summary[1..]}"; // "and clamped down on ..." names its subject
            }
            var reported = new ReportedEvent(summary, type.Plover, type.Mode, type.Cameo, actors, location, date,
                modality, attribution, new Evidence(sentence.Text, sentence.Start, sentence.End));
            found.Add(new Found(reported, ci, type.Plover == "ASSAULT", retold is null ? trigger.Value : $"{retold.Trigger} {trigger.Value}", ci > 0 && before.Count > 0, clause.Connective == "when"));

            // "“The NATO helicopters carried out an unprovoked attack,” the military said": the victim's side tells the attack
            // and charges its doer.
            if (type.Plover == "ASSAULT" && quote is { } victimQuote && triggerStart < victimQuote.End && UnprovokedAttack().IsMatch(text)
                && CountryOf(victimQuote.Speaker) != CountryOf(source.Actor)
                && registry.EventTypes.FirstOrDefault(t => t is { Plover: "ACCUSE", Cameo: "112" }) is { } chargeType)
            {
                found.Add(new Found(AlsoAs(reported, chargeType, victimQuote.Speaker, source.Actor), ci, false, "unprovoked"));
            }

            // "said 'we are sorry' in a telephone call to Khar": the call itself is a contact between the two.
            if (type.Plover != "CONSULT" && (ContactWith().Match(masked, triggerEnd, clause.End - triggerEnd) is { Success: true } contactAfter ? contactAfter
                    : Telephoned().Match(masked, clause.Start, triggerStart - clause.Start)) is { Success: true } contact // "said that she had telephoned Khar and that 'we are sorry'"
                && mentions.FirstOrDefault(m => m.Start >= contact.Index + contact.Length && m.Start - (contact.Index + contact.Length) <= 40) is { } other
                && CountryOf(other.Actor) != CountryOf(source.Actor)
                && registry.EventTypes.FirstOrDefault(t => t.Plover == "CONSULT" && t.Cameo == (contact.Groups["phone"].Success ? "043" : "040")) is { } consult)
            {
                found.Add(new Found(AlsoAs(reported, consult, source.Actor, other.Actor), ci, false, contact.Value.Trim()));
            }
        }

        // The sentence's subject for a pronoun in the next: its first party, unless that only says where ("in Pakistan").
        // A dateline's clause is blank ("ISLAMABAD — The army said little."): the first clause with words holds the subject.
        // "It had accused NATO ...": a pronoun subject keeps the party it stood for.
        var subjectOfSentence = clauses.FirstOrDefault(c => !string.IsNullOrWhiteSpace(masked[c.Start..c.End])) is { } firstWithWords
            && MentionsIn(firstWithWords).FirstOrDefault() is { } firstParty && !PronounLead().IsMatch(masked[firstWithWords.Start..firstParty.Start]) ? firstParty : null;
        return (found, clauses.Select(c => c.Connective).ToList(), clauses.Select(c => masked[c.Start..c.End]).ToList(), subjectOfSentence);
    }

    /// <summary>A second event the same telling holds, of another type between two parties ("said sorry in a call to Khar").</summary>
    private static ReportedEvent AlsoAs(ReportedEvent reported, EventType type, Actor source, Actor target) => reported with
    {
        Plover = type.Plover, Mode = type.Mode, Cameo = type.Cameo,
        Actors = [new EventActor(ActorRole.Source, source.Code, source.Name), new EventActor(ActorRole.Target, target.Code, target.Name)],
    };

    /// <summary>
    /// "The pre-dawn raid on Saturday was the deadliest ...", "The decision was taken on Tuesday": a sentence that names
    /// an event already told of, with a date, dates that event when the article had left it to the publication date.
    /// </summary>
    private static void DateByBackReference(Sentence sentence, IReadOnlyList<Timex> timexes, LocalDate? published, List<Found> events)
    {
        var reference = BackReference().Match(sentence.Text);
        if (!reference.Success)
        {
            return;
        }

        var timex = timexes.FirstOrDefault(t => t.Start >= sentence.Start && t.End <= sentence.End && t.Type is TimexTypes.Date or TimexTypes.Time
            && t.Interval is { Precision: <= Precision.Week } i && (published is null || i.End <= published)
            && !Possessed(sentence.Text, t.End - sentence.Start)
            && !SinceBefore().IsMatch(sentence.Text[..Math.Max(0, t.Start - sentence.Start)])); // "the worst since 2001": a measure, not its date
        var noun = reference.Groups["noun"].Value;
        var index = ReferredIndex(noun, events);
        if (timex?.Interval is not { } interval || index < 0 || events[index].Event.Date.Basis != DateBasis.Publication)
        {
            return;
        }

        var date = new EventDate(interval.Start, interval.End, interval.Precision, DateBasis.Text, $"{timex.Text} (the {noun})");
        events[index] = events[index] with { Event = events[index].Event with { Date = date } };
    }

    /// <summary>The event "the raid", "the decision" or "the closure" refers back to: the last of its kind.</summary>
    private static int ReferredIndex(string noun, IReadOnlyList<Found> events) => noun switch
    {
        // A decision is taken, remarks made, not an attack; history told with its year ("granted the same status in 1996") is
        // background, a reaction ("India welcomed the decision") points back itself, and a plan is not yet done: none is the move
        // the story goes on about.
        "decision" or "move" or "remarks" or "comments" or "statement" or "warning" => events.ToList().FindLastIndex(e => !e.IsAssault
            && !(e.Event.Date is { Basis: DateBasis.Text, Precision: >= Precision.Year }) && !ReactionTo().IsMatch(e.Event.Summary)
            && e.Event.Modality != Contracts.Modality.Planned),
        "closure" => events.ToList().FindLastIndex(e => e.Event.Plover == "COERCE"),
        "boycott" => events.ToList().FindLastIndex(e => e.Event.Plover == "SANCTION"),
        "meeting" or "talks" or "visit" => events.ToList().FindLastIndex(e => e.Event.Plover == "CONSULT"),
        _ => events.ToList().FindLastIndex(e => e.IsAssault),
    };

    /// <summary>
    /// "X after Y": X happened on or after Y. "In retaliation for ..., X": X on or after the last attack reported.
    /// Only events the text leaves undated take a relation date.
    /// </summary>
    private static void LinkRelations(List<Found> found, List<string> connectives, List<string> clauseTexts, LocalDate? published, ReportedEvent? lastAssault, List<Found> earlier)
    {
        // "Pakistan closed the routes after a NATO air strike": a hostile act in answer to an attack is aimed at the attacker.
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Event.Plover is not ("COERCE" or "SANCTION" or "ACCUSE" or "THREATEN") || f.Event.Actors.Any(a => a.Role == ActorRole.Target)
                || f.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is not { } reacting)
            {
                continue;
            }

            var cause = f.Clause + 1 < connectives.Count && connectives[f.Clause + 1] is "after" or "following"
                ? found.FirstOrDefault(o => o.Clause == f.Clause + 1)?.Event
                : connectives.Take(f.Clause + 1).Any(IsAnswer)
                    ? found.Take(i).LastOrDefault(o => o.IsAssault)?.Event ?? lastAssault
                    // "shut the routes in protest at a NATO air strike that killed 24": the strike the next clause tells
                    : f.Clause + 1 < connectives.Count && IsAnswer(connectives[f.Clause + 1])
                    ? found.FirstOrDefault(o => o.IsAssault && o.Clause == f.Clause + 1)?.Event
                    : AttackWhen(f, connectives, clauseTexts, lastAssault);
            if (cause is { Plover: "ASSAULT" } && cause.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } attacker
                && ActorCodes.Side(attacker.Code) != ActorCodes.Side(reacting.Code))
            {
                found[i] = f with { Event = f.Event with { Actors = [.. f.Event.Actors, attacker with { Role = ActorRole.Target }] } };
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Event.Date.Basis != DateBasis.Publication && f.Event.Date.Basis != DateBasis.Unknown)
            {
                continue;
            }

            ReportedEvent? anchor = null;
            string? expression = null;
            // The clause right after this one says "after ...": its event, or failing that the last hostile one.
            if (f.Clause + 1 < connectives.Count && connectives[f.Clause + 1] is "after" or "following")
            {
                anchor = found.FirstOrDefault(o => o.Clause == f.Clause + 1)?.Event ?? Named(clauseTexts[f.Clause + 1], earlier.Concat(found.Take(i)), lastAssault);
                expression = connectives[f.Clause + 1];
            }
            else if (connectives.Take(f.Clause + 1).Any(c => c is "in retaliation for" or "in response to"))
            {
                anchor = found.Take(i).LastOrDefault(o => o.IsAssault)?.Event ?? lastAssault;
                expression = connectives.First(c => c is "in retaliation for" or "in response to");
            }
            // "sealed its crossings in anger over a US air raid that killed 24": the answer to the raid the next clause tells
            else if (f.Clause + 1 < connectives.Count && connectives[f.Clause + 1] is "over" or "at" && InAnger().IsMatch(clauseTexts[f.Clause]))
            {
                anchor = found.FirstOrDefault(o => o.Clause == f.Clause + 1 && o.IsAssault)?.Event ?? lastAssault;
                expression = "in anger over";
            }

            // "After NATO aircraft killed 24 soldiers on November 26, Islamabad cut off the supply lines": the clause after a
            // sentence-opening "after" clause.
            else if (f.Clause > 0 && connectives[0] is "after" or "following" && connectives.Skip(1).Take(f.Clause).All(c => c is "" or "main"))
            {
                anchor = found.FirstOrDefault(o => o.Clause == 0)?.Event ?? Named(clauseTexts[0], earlier.Concat(found.Take(i)), lastAssault);
                expression = connectives[0];
            }

            if (anchor?.Date is { Start: { } start, End: { } end } && anchor.Date.Basis is DateBasis.Text or DateBasis.Relation)
            {
                var until = published is { } p && p >= start ? p : end;
                // "shortly after", "days after": not long after, so not all the way to the report
                var soon = SoonAfter().Match(clauseTexts[f.Clause]);
                if (expression is "after" or "following" && soon.Success)
                {
                    var slack = soon.Groups["w"].Value.ToLowerInvariant() switch
                    {
                        "day" or "morning" or "evening" or "night" => 1, // "the day after the strike"
                        "hours" or "days" => 7,
                        _ => 31,
                    };
                    until = end.PlusDays(slack) < until ? end.PlusDays(slack) : until;
                    start = slack == 1 && start < until ? start.PlusDays(1) : start; // "the day after": not the same day
                }

                var date = new EventDate(start, until, PrecisionOfSpan(start, until), DateBasis.Relation, $"{expression}: {anchor.Summary}");
                found[i] = f with { Event = f.Event with { Date = date } };
                continue;
            }

            // "X when Y": Y at X's time; "X met Y on Thursday and the two pledged": the same. "X six months ago after Y": Y
            // shortly before X, within X's span (a day's slack).
            // "Parliament voted last month to ..., but it also demanded ...": the same subject's act told in the same past.
            var butToo = f.Clause > 0 && f.Clause < connectives.Count && connectives[f.Clause] == "but" && PronounPast().IsMatch(clauseTexts[f.Clause]);
            // "summoned the envoy on Saturday to protest over an attack that killed 24": the attack shortly before, as with "after".
            var main = f.Clause > 0 && f.Clause < connectives.Count && (connectives[f.Clause] is "when" or "after" or "following" or "and" || TellsAnAttack(connectives[f.Clause]) || IsAnswer(connectives[f.Clause]) || butToo)
                ? found.Take(i).LastOrDefault(o => o.Clause == f.Clause - (connectives[f.Clause] == "and" && TellsAnAttack(connectives[f.Clause - 1]) && f.Clause > 1 ? 2 : 1))?.Event
                    ?? AttackWhen(f, connectives, clauseTexts, lastAssault)
                : null;
            if (main?.Date is { Start: { } ms, End: { } me } && main.Date.Basis is DateBasis.Text or DateBasis.Relation)
            {
                var when = connectives[f.Clause] is "when" or "and" || butToo;
                // "approved it on Tuesday evening, hours after Clinton telephoned": hours before, the same day
                var hoursBefore = SoonAfter().Match(clauseTexts[f.Clause - 1]) is { Success: true } justBefore
                    && justBefore.Groups["w"].Value.ToLowerInvariant() is "hours" or "shortly" or "immediately" or "just";
                var from = when || hoursBefore || main.Date.Precision != Precision.Day ? ms : ms.PlusDays(-1);
                var date = new EventDate(from, me, PrecisionOfSpan(from, me), DateBasis.Relation, $"{(when ? connectives[f.Clause] : "before")}: {main.Summary}");
                found[i] = f with { Event = f.Event with { Date = date } };
            }
        }

        // "... on September 30, and militants have since torched 100 tankers": done from that day up to the report.
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Event.Date is { Basis: DateBasis.Relation, Start: { } from, End: { } to } date && published is { } report && report > to
                && found[i].Clause < clauseTexts.Count && HasSince().IsMatch(clauseTexts[found[i].Clause]))
            {
                found[i] = found[i] with { Event = found[i].Event with { Date = date with { End = report, Precision = PrecisionOfSpan(from, report) } } };
            }
        }
    }

    // "the drone strikes": the words that say which kind of attack a noun refers to.
    private static string[] KindOf(Match cause) =>
        cause.Groups["kind"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToArray();

    // The party a coded actor belongs to, as the registry names it (NATO is coded with a sector).
    private static Actor? SideActor(Registry registry, string code) =>
        registry.Side(ActorCodes.Side(code));

    // "Obama called Zardari on Sunday ... Zardari told Obama that ...": told to the other side of the call, on its day.
    private static EventDate? ToldAtMeeting(string upToTrigger, Actor source, List<Actor> targets, IEnumerable<Found> told) =>
        Told().IsMatch(upToTrigger) && told.TakeLast(2).LastOrDefault(f => f.Event.Plover == "CONSULT")?.Event is { Date.Basis: DateBasis.Text } meeting
        && meeting.Actors.Any(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) == ActorCodes.Side(source.Code))
        && targets.Any(t => meeting.Actors.Any(a => a.Role != ActorRole.Other && ActorCodes.Side(a.Code) == ActorCodes.Side(t.Code)))
            ? meeting.Date with { Basis = DateBasis.Relation, Expression = $"at the meeting: {meeting.Date.Expression}" }
            : null;

    // A line of its own, without a full stop, over a paragraph that opens with a dateline: the headline of a news item.
    private static bool ItemHeadline(string body, Sentence sentence)
    {
        var lineStart = sentence.Start == 0 || body[sentence.Start - 1] == '\n';
        var lineEnd = sentence.End >= body.Length || body[sentence.End] == '\n' || body.AsSpan(sentence.End).TrimStart(' ').StartsWith("\n");
        if (!lineStart || !lineEnd || sentence.Text.TrimEnd().EndsWith('.') || sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
        {
            return false;
        }

        var next = body[sentence.End..].TrimStart();
        return next.Length > 0 && DatelinePrefix().Match(next) is { Success: true, Length: > 0 };
    }

    /// <summary>The first of the list of parties ("A, B and C") that the last mention ends; the last one when it ends none.</summary>
    private static Mention ListHead(string masked, List<Mention> mentions)
    {
        var first = mentions[^1];
        var head = first;
        var anded = false; // "In Kabul, Pakistani officials met" is no list: a list ends "and C"
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > first.Start || (string.IsNullOrWhiteSpace(masked[m.End..first.Start]) || TitleApposition().IsMatch(masked[m.End..first.Start])) && CountryOf(m.Actor) == CountryOf(first.Actor))
            {
                first = m; // a title and its name ("Afghan President" "Hamid Karzai", "her Pakistani counterpart, Hina Rabbani Khar") are one party
            }
            else if ((JoinedByAnd(masked, m, first) || ListJoin().IsMatch(masked[m.End..first.Start]))
                && (anded || masked[m.End..first.Start].Contains("and", StringComparison.Ordinal) || masked[m.End..first.Start].Contains('&')))
            {
                (first, head, anded) = (m, m, true);
            }
            else
            {
                break;
            }
        }

        return head;
    }

    // ", ", " and ", ", and " between listed parties, with the next one's titles ("and Iran's President").
    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?(?:[A-Z][\w.'’-]*\s+)*$", RegexOptions.None, 10000)]
    private static partial Regex ListJoin();

    private static bool InAgentAside(string text, Mention m, int triggerStart)
    {
        var open = text.LastIndexOf(',', m.Start);
        var close = text.IndexOf(',', m.End);
        return open >= 0 && close >= 0 && close < triggerStart && AgentAside().IsMatch(text[(open + 1)..m.Start]);
    }

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    /// <summary>"after the release", "after the talks": the last event told of that kind; an unnamed cause is the last attack.</summary>
    // "They have been frozen since the strike, when Pakistan closed the routes": the when-clause tells what was done at the attack's time.
    private static ReportedEvent? AttackWhen(Found f, List<string> connectives, List<string> clauseTexts, ReportedEvent? lastAssault) =>
        f.Clause > 0 && f.Clause < connectives.Count && connectives[f.Clause] == "when" && lastAssault is not null
        && SinceAttack().IsMatch(clauseTexts[f.Clause - 1]) ? lastAssault : null;

    private static ReportedEvent? Named(string clause, IEnumerable<Found> told, ReportedEvent? lastAssault)
    {
        var noun = CauseNoun().Match(clause);
        string? plover = !noun.Success ? null : noun.Groups["n"].Value.ToLowerInvariant() switch
        {
            "release" => "RETREAT",
            "closure" or "blockade" => "COERCE",
            "apology" => "SUPPORT",
            "visit" or "talks" or "meeting" => "CONSULT",
            "boycott" => "SANCTION",
            _ => "ASSAULT",
        };
        if (plover == "ASSAULT")
        {
            // "the day after the strike": the last attack told as a strike ("commandos killed bin Laden" was a raid)
            var word = noun.Groups["n"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "strike" or "airstrike" => "strike",
                "raid" => "raid",
                "bombing" => "bomb",
                _ => null,
            };
            return word is null ? lastAssault
                : told.LastOrDefault(f => f.IsAssault && f.Event.Summary.Contains(word, StringComparison.OrdinalIgnoreCase))?.Event ?? lastAssault;
        }

        return plover is null ? lastAssault : told.LastOrDefault(f => f.Event.Plover == plover)?.Event;
    }

    /// <summary>The text between two mentions; none when they overlap ("the government" inside a longer name).</summary>
    private static string Between(string text, Mention first, Mention second) =>
        first.End <= second.Start ? text[first.End..second.Start] : "";

    private static bool JoinedByAnd(string text, Mention first, Mention second) =>
        first.End <= second.Start && text[first.End..second.Start].Trim() is "and" or "&" or "," or "and the";

    private static Precision PrecisionOfSpan(LocalDate start, LocalDate end)
    {
        var days = Period.Between(start, end, PeriodUnits.Days).Days + 1;
        return days switch
        {
            1 => Precision.Day,
            <= 7 => Precision.Week,
            <= 11 => Precision.MonthPart,
            <= 31 => Precision.Month,
            <= 92 => Precision.Quarter,
            <= 366 => Precision.Year,
            _ => Precision.Decade,
        };
    }

    /// <summary>
    /// The clause's own temporal expression. One inside a noun phrase after the trigger ("apologised for the deaths
    /// ... in November") dates that noun's event, not this one, and is passed over.
    /// </summary>
    private static EventDate? TextDate(IReadOnlyList<Timex> timexes, string sentence, int sentenceStart, int clauseStart, int triggerEnd, int clauseEnd, LocalDate? pastBefore = null)
    {
        // "next week's conference", "Tuesday's ruling": a possessive date belongs to its noun, not to the clause's verb,
        // and so does a year used as an adjective ("the 2008 Mumbai attacks").
        // "endorsed a plan to hand over security by the end of 2014": a past verb is not dated after the report.
        bool Governs(Timex t) =>
            t.Start >= sentenceStart + clauseStart && t.End <= sentenceStart + clauseEnd
            && !(pastBefore is { } p && t.Interval is { } iv && iv.Start > p && !MonthAhead(new EventDate(iv.Start, iv.End, iv.Precision, DateBasis.Text, t.Text), p))
            && !InParenthesis(sentence, t.Start - sentenceStart, t.End - sentenceStart, clauseStart, triggerEnd)
            && !Until().IsMatch(sentence[..(t.Start - sentenceStart)]) // "will allow transit until the end of 2015": how long, not when
            && !Possessed(sentence, t.End - sentenceStart)
            && !(t.Value.Length == 4 && AttributiveYear().IsMatch(sentence[..(t.Start - sentenceStart)]) && NounAfter().IsMatch(sentence[(t.End - sentenceStart)..]))
            && !(sentence[..(t.Start - sentenceStart)].EndsWith("the ", StringComparison.OrdinalIgnoreCase) && AttackAfter().IsMatch(sentence[(t.End - sentenceStart)..])) // "an apology for the November attack"
            && (t.Start - sentenceStart < triggerEnd || !ObjectLink(sentence[triggerEnd..(t.Start - sentenceStart)])
                && !SayingAside().IsMatch(sentence[triggerEnd..(t.Start - sentenceStart)])); // "rejected the criticism, saying it had set up a task force in May"

        var timex = timexes.FirstOrDefault(t => Governs(t) && t.Type is TimexTypes.Date or TimexTypes.Time && t.Value is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF"))
            ?? timexes.FirstOrDefault(t => Governs(t) && t.Type == TimexTypes.Duration && t.Interval is not null);
        if (timex is null)
        {
            return null;
        }

        return timex.Interval is { } i
            ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Text, timex.Text)
            : new EventDate(null, null, timex.Precision, DateBasis.Unknown, timex.Text);
    }

    /// <summary>
    /// "Negotiations on the routes, closed since November, have been deadlocked": a state set off by commas keeps its
    /// "since" date ("The inquiry, released last week, said" is another matter: the release is the saying).
    /// </summary>
    private static bool InParenthesis(string sentence, int start, int end, int clauseStart, int triggerEnd)
    {
        if (start <= clauseStart || end >= triggerEnd)
        {
            return false;
        }

        var open = sentence.LastIndexOf(',', start - 1, start - clauseStart);
        var close = sentence.IndexOf(',', end, triggerEnd - end);
        return open >= clauseStart && close >= 0 && ParticipleLead().IsMatch(sentence[(open + 1)..start])
            && sentence[(open + 1)..start].TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "apologised for the deaths ... in November": a date inside the verb's own object names that object's time. Only a
    /// link within the first words after the verb opens its object; "met Panetta, the director of the CIA, on Monday"
    /// has its "of the" deep inside an apposition and the date is the meeting's.
    /// </summary>
    // "sorry for the losses ..., in a telephone call on Tuesday": the occasion after a comma dates the act, not its object.
    private static bool ObjectLink(string afterTrigger) =>
        NounPhraseLink().Match(afterTrigger) is { Success: true } link && afterTrigger[..link.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
        && !OccasionAside().IsMatch(afterTrigger)
        || ZeroRelative().IsMatch(afterTrigger) // "urged Islamabad to move on the routes it has kept shut since November"
        || RelativeWithVerb().IsMatch(afterTrigger); // "help expand a steel mill that Soviet engineers built in the 1970s"

    private static bool Possessed(string sentence, int end) =>
        end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] == 's';

    /// <summary>"The attack began on the 26th, when US helicopters fired ...": a when-clause happens at its main clause's date.</summary>
    // Where the sentence's own words begin, past a blanked dateline and its dash ("ISLAMABAD (AP) — In September ...").
    private static int OpeningLead(string masked)
    {
        var lead = 0;
        while (lead < masked.Length && (char.IsWhiteSpace(masked[lead]) || masked[lead] is '-' or '—' or '–' or ':'))
        {
            lead++;
        }

        return lead;
    }

    // "In September the then chairman ..., Admiral Mike Mullen, accused ...": a date opening the sentence dates its main clauses.
    private static EventDate? OpeningDate(IReadOnlyList<Timex> timexes, int sentenceStart, List<Clause> clauses, int ci)
    {
        if (ci == 0 || clauses[ci].Connective is not ("" or "main" or "and") || clauses.Take(ci).Any(c => c.Connective is not ("" or "main" or "and")))
        {
            return null;
        }

        var opening = timexes.FirstOrDefault(t => t.Start >= sentenceStart && t.Start - sentenceStart <= 4 && t.End <= sentenceStart + clauses[0].End);
        return opening?.Interval is { } i && opening.Type is "DATE"
            ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Text, opening.Text)
            : null;
    }

    private static EventDate? WhenNeighbour(IReadOnlyList<Timex> timexes, string sentence, int sentenceStart, List<Clause> clauses, int ci)
    {
        // "met in Islamabad on Tuesday and approved the reopening": a verb joined by "and" shares the date ending the clause before.
        if (ci == 0 || clauses[ci].Connective is not ("when" or "and"))
        {
            return null;
        }

        var timex = DatesIn(timexes, sentenceStart, clauses[ci - 1], Precision.Month).LastOrDefault();
        // Only a date that ends the main clause: "buried on Sunday soldiers who were killed when ..." ties "when" to the killing.
        var gap = timex is null ? 99 : clauses[ci].Start - (timex.End - sentenceStart);
        // "told parliament last week that the ISI had not known ..., and rejected charges": the date of the telling, whose
        // content runs to the "and", is the date of the next act of the same speaker.
        var tellingDate = timex is not null && clauses[ci].Connective == "and" && DateThenThat().IsMatch(sentence[(timex.End - sentenceStart)..clauses[ci - 1].End]);
        return timex?.Interval is { } i && (gap <= 8 || tellingDate) ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Relation, $"{clauses[ci].Connective}: {timex.Text}") : null;
    }

    /// <summary>"discussed the project with Ahmadinejad when they met in Islamabad last month": the when-clause's date is the act's.</summary>
    private static EventDate? DatedByWhenClause(IReadOnlyList<Timex> timexes, int sentenceStart, List<Clause> clauses, int ci)
    {
        if (ci + 1 >= clauses.Count || clauses[ci + 1].Connective != "when")
        {
            return null;
        }

        var timex = DatesIn(timexes, sentenceStart, clauses[ci + 1], Precision.Month).FirstOrDefault();
        return timex?.Interval is { } i ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Relation, $"when: {timex.Text}") : null;
    }

    /// <summary>"the air strike on two border posts in November, which killed 24 soldiers": the date that ends the noun is the act's.</summary>
    private static EventDate? AntecedentDate(IReadOnlyList<Timex> timexes, string masked, int sentenceStart, List<Clause> clauses, int ci)
    {
        if (ci == 0 || clauses[ci].Connective is not "which")
        {
            return null;
        }

        var timex = DatesIn(timexes, sentenceStart, clauses[ci - 1], Precision.Month).LastOrDefault();
        return timex?.Interval is { } i && timex.End - sentenceStart <= clauses[ci].Start && masked[(timex.End - sentenceStart)..clauses[ci].Start].Trim(' ', ',') is "" or "which"
            ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Relation, $"which: {timex.Text}")
            : null;
    }

    /// <summary>
    /// "Parliament on Thursday approved the guidelines, which demand an end to drone strikes": what a document says, told in
    /// the present, was said when the clause before dates it.
    /// </summary>
    private static EventDate? ContentOfDated(IReadOnlyList<Timex> timexes, int sentenceStart, List<Clause> clauses, int ci)
    {
        if (ci == 0 || clauses[ci].Connective is not "which")
        {
            return null;
        }

        var timex = DatesIn(timexes, sentenceStart, clauses[ci - 1], Precision.Month).FirstOrDefault();
        return timex?.Interval is { } i ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Relation, $"which: {timex.Text}") : null;
    }

    /// <summary>"expelled the trainers after the raid ... last year": on or after the date the cause's clause gives.</summary>
    private static EventDate? AfterDatedCause(IReadOnlyList<Timex> timexes, int sentenceStart, List<Clause> clauses, int ci, LocalDate? published)
    {
        if (ci + 1 >= clauses.Count || clauses[ci + 1].Connective is not ("after" or "following"))
        {
            return null;
        }

        var cause = clauses[ci + 1];
        return OnOrAfter(DatesIn(timexes, sentenceStart, cause, Precision.Year).FirstOrDefault(), published, cause.Connective);
    }

    private static IEnumerable<Timex> DatesIn(IReadOnlyList<Timex> timexes, int sentenceStart, Clause clause, Precision coarsest) =>
        timexes.Where(t => t.Start >= sentenceStart + clause.Start && t.End <= sentenceStart + clause.End
            && t.Type is TimexTypes.Date or TimexTypes.Time && t.Interval is { } i && i.Precision <= coarsest);

    /// <summary>From a cause's date to the report: when an effect happened the text does not say more precisely.</summary>
    private static EventDate? OnOrAfter(Timex? cause, LocalDate? published, string relation)
    {
        if (cause?.Interval is not { } i || published is { } p && p < i.Start)
        {
            return null;
        }

        var until = published ?? i.End;
        return new EventDate(i.Start, until, PrecisionOfSpan(i.Start, until), DateBasis.Relation, $"{relation}: {cause.Text}");
    }

    /// <summary>A sentence that opens with a date and a colon is headed by it.</summary>
    private static EventDate? Heading(Sentence sentence, IReadOnlyList<Timex> timexes)
    {
        var first = timexes.FirstOrDefault(t => t.Start >= sentence.Start && t.End <= sentence.End);
        if (first?.Interval is not { } i || sentence.Text[..(first.Start - sentence.Start)].Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var rest = sentence.Text[(first.End - sentence.Start)..].TrimStart();
        return rest.StartsWith(':') || rest.StartsWith('—') || rest.StartsWith('–') || rest.StartsWith("- ", StringComparison.Ordinal)
            ? new EventDate(i.Start, i.End, i.Precision, DateBasis.Text, first.Text) : null;
    }

    /// <summary>"The strike came a month after ...": the day of the event the sentence opens by naming, when the text gave it.</summary>
    private static WorldDate? ReferredDay(string sentence, IReadOnlyList<Found> earlier)
    {
        var reference = BackReference().Match(sentence);
        var index = reference.Success ? ReferredIndex(reference.Groups["noun"].Value, earlier) : -1;
        return index >= 0 && earlier[index].Event.Date is { Start: { } day, Precision: Precision.Day, Basis: DateBasis.Text } ? WorldDate.Day(day) : null;
    }

    /// <summary>
    /// "crossed on Wednesday, a day after Islamabad agreed": the clause after "a day after" is one day before the date
    /// the sentence gave just before it.
    /// </summary>
    private static EventDate? ShiftedFromNeighbour(IReadOnlyList<Timex> timexes, string sentence, int sentenceStart, Clause clause, int triggerStart, LocalDate? published, WorldDate? referred)
    {
        if (clause.Connective is not ("after" or "before"))
        {
            return null;
        }

        var span = timexes.LastOrDefault(t => t.Type == TimexTypes.Duration && t.End - sentenceStart <= clause.Start && t.Start >= sentenceStart
            && sentence[(t.End - sentenceStart)..clause.Start].Trim().Equals(clause.Connective, StringComparison.OrdinalIgnoreCase));
        if (span is null || SimplePeriod().Match(span.Value) is not { Success: true } p)
        {
            return null;
        }

        var day = timexes.LastOrDefault(t => t.Start >= sentenceStart && t.End <= span.Start && t.Type is TimexTypes.Date or TimexTypes.Time
            && t.Interval is { Precision: Precision.Day });
        // "Nearly three months after it shut the routes, Pakistan is ...": opening the sentence, the span counts back from the report.
        var opens = !sentence[..(span.Start - sentenceStart)].Any(char.IsLetterOrDigit); // the dateline's dash may remain
        // "Containers are stacked at the port, two months after Pakistan closed its border": a main clause in the present counts from the report too.
        var now = PresentMain().IsMatch(sentence[..(span.Start - sentenceStart)]);
        // "A day after Davis walked free, missiles hit ...": the trigger is the main clause's, in the past, a span after the
        // act the opening clause recalls, which is the last day the story gave before it.
        var mainAfter = opens && sentence.IndexOf(',', clause.Start, Math.Max(0, triggerStart - clause.Start)) >= 0
            && !PresentMain().IsMatch(sentence[clause.Start..clause.End]);
        if (mainAfter)
        {
            day = timexes.LastOrDefault(t => t.End <= sentenceStart && sentenceStart - t.End < 400 && t.Type == TimexTypes.Date
                && t.Interval is { Precision: Precision.Day });
            if (day is null)
            {
                return null;
            }
        }

        var anchor = day?.Interval ?? ((opens || now) && published is { } p0 ? WorldDate.Day(p0) : referred);
        if (anchor is null)
        {
            return null;
        }

        var n = int.Parse(p.Groups["n"].Value) * (clause.Connective == "after" ^ mainAfter ? -1 : 1);
        var shifted = p.Groups["unit"].Value switch
        {
            "D" => anchor.Start.PlusDays(n),
            "W" => anchor.Start.PlusWeeks(n),
            "M" => anchor.Start.PlusMonths(n),
            _ => anchor.Start.PlusYears(n),
        };
        var expression = $"{span.Text} {clause.Connective} {day?.Text ?? (opens || now ? "the report" : "the event named")}";
        return new EventDate(shifted, shifted, Precision.Day, DateBasis.Relation, expression);
    }

    /// <summary>"closed the routes for seven months, reopening them in July": a span the next act ended began that long before it.</summary>
    private static EventDate? BeforeItsEnd(IReadOnlyList<Timex> timexes, string sentence, int sentenceStart, List<Clause> clauses, int ci)
    {
        if (ci + 1 >= clauses.Count || clauses[ci + 1].Connective != "and")
        {
            return null;
        }

        var clause = clauses[ci];
        var span = timexes.FirstOrDefault(t => t.Type == TimexTypes.Duration && t.Start >= sentenceStart + clause.Start && t.End <= sentenceStart + clause.End
            && sentence[..(t.Start - sentenceStart)].TrimEnd().EndsWith(" for", StringComparison.OrdinalIgnoreCase));
        if (span is null || SimplePeriod().Match(span.Value) is not { Success: true } p
            || DatesIn(timexes, sentenceStart, clauses[ci + 1], Precision.Year).FirstOrDefault() is not { Interval: { } ended } end)
        {
            return null;
        }

        var n = -int.Parse(p.Groups["n"].Value);
        LocalDate Back(LocalDate day) => p.Groups["unit"].Value switch
        {
            "D" => day.PlusDays(n),
            "W" => day.PlusWeeks(n),
            "M" => day.PlusMonths(n),
            _ => day.PlusYears(n),
        };
        var (from, to) = (Back(ended.Start), Back(ended.End));
        return new EventDate(from, to, PrecisionOfSpan(from, to), DateBasis.Relation, $"{span.Text} before {end.Text}");
    }

    /// <summary>"the raid in November, which led Pakistan to expel ...": the effect is on or after its cause's date.</summary>
    private static EventDate? CausedBy(IReadOnlyList<Timex> timexes, string sentence, int sentenceStart, List<Clause> clauses, int ci, LocalDate? published)
    {
        var clause = clauses[ci];
        if (clause.Connective is not ("which" or "that") || ci == 0 || !CausalLead().IsMatch(sentence[clause.Start..clause.End]))
        {
            return null;
        }

        return OnOrAfter(DatesIn(timexes, sentenceStart, clauses[ci - 1], Precision.Year).LastOrDefault(), published, "after");
    }

    /// <summary>A surname the article gives to people of two sides names neither of them, and stays ambiguous.</summary>
    private static void LearnSurname(Dictionary<string, Actor?> surnames, string surname, Actor actor) =>
        surnames[surname] = surnames.TryGetValue(surname, out var other) && (other is null || ActorCodes.Side(other.Code) != ActorCodes.Side(actor.Code)) ? null : actor;

    private static bool IsPerson(Registry registry, string surface) =>
        registry.Persons.ContainsKey(surface.ToLowerInvariant()) && !registry.Actors.ContainsKey(surface.ToLowerInvariant());

    /// <summary>Whose inquiry "the inquiry" is: the author of the last finding told of, else the party named before "investigation".</summary>
    // "A military investigation ... concluded ..., the Pentagon said": with no inquiry told before, the one who reports it made it.
    private static Actor? InquiryAuthor(Registry registry, string before, IReadOnlyList<Found> earlier, string? attribution)
    {
        var code = earlier.LastOrDefault(f => f.Event.Plover == "ACCUSE")?.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source)?.Code
            ?? InquiryOwner().Matches(before).Select(m => registry.Actors.GetValueOrDefault(m.Groups["who"].Value.ToLowerInvariant())).LastOrDefault(a => a is not null)?.Code
            ?? (attribution is null ? null : registry.FindNames(attribution, 0, attribution.Length, registry.Actors.ContainsKey)
                .Select(n => registry.Actors[n.Key]).FirstOrDefault()?.Code);
        return code is null ? null : registry.Side(ActorCodes.Side(code)) is { Sector: null } side ? side : null;
    }

    /// <summary>"resumed this week" in a Friday paper: what has already happened is not dated after the report.</summary>
    private static EventDate UpToReport(EventDate date, LocalDate? reportDay, Contracts.Modality modality, string clause) =>
        modality == Contracts.Modality.Actual && !Ahead().IsMatch(clause) && date is { Basis: DateBasis.Text or DateBasis.Relation, Start: { } start, End: { } end } && reportDay is { } day
            ? start <= day && end > day ? date with { End = day, Precision = PrecisionOfSpan(start, day) } // "protested once again", this week: by the report
            : date.Basis == DateBasis.Text && MonthAhead(date, day) ? date with { Start = start.PlusYears(-1), End = end.PlusYears(-1) } // "evicted them in December", told in November: last December
            : date
            : date;

    // A month or part of one, its year not given, that starts after the report and a year earlier would not.
    private static bool MonthAhead(EventDate date, LocalDate reportDay) =>
        date is { Precision: Precision.Month or Precision.MonthPart, Start: { } start } && start > reportDay && start.PlusYears(-1) <= reportDay
        && !FourDigits().IsMatch(date.Expression ?? "");

    // "Addressing the crowd, Khan said ...": said at the protest or meeting told last, on its day.
    private static EventDate? AtTheGathering(string sentence, IEnumerable<Found> told) =>
        AddressingGathering().IsMatch(sentence)
        && told.LastOrDefault(f => f.Event.Plover is "PROTEST" or "CONSULT")?.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation } d
            ? d with { Basis = DateBasis.Relation, Expression = $"the same gathering: {d.Expression}" }
            : null;

    /// <summary>
    /// "Obama met Karzai on Sunday ... He spoke only briefly with Zardari": an act the text leaves undated, told in the simple
    /// past in the paragraph that dated the act before it, follows on from that act's day. Without one, the report's date stays.
    /// </summary>
    private static void DateByNarrative(List<Found> found, List<string> clauseTexts, IEnumerable<Found> paragraph, EventDate? scene)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Event is not { Date.Basis: DateBasis.Publication, Modality: Contracts.Modality.Actual } || f.Clause >= clauseTexts.Count
                || !SimplePast(clauseTexts[f.Clause], f.Trigger))
            {
                continue;
            }

            var before = paragraph.Concat(found.Take(i)).LastOrDefault(o => o.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation, Precision: Precision.Day })?.Event;
            if ((before is not null ? before.Date with { Expression = $"told next: {before.Summary}" } : scene) is { } date)
            {
                found[i] = f with { Event = f.Event with { Date = date with { Basis = DateBasis.Relation } } };
            }
        }
    }

    /// <summary>
    /// "REHMAN: That is for our parliament to decide.": an answer in a transcript speaks for its speaker's side, which the
    /// text gives where it first names the speaker ("Sherry Rehman, Pakistan's ambassador to the United States", "Pentagon
    /// Press Secretary George Little"). Null for any other paragraph, or a speaker the text does not place.
    /// </summary>
    private static Actor? TranscriptSpeaker(CleanDocument document, Sentence sentence, Registry registry)
    {
        if (SpeakerLabel().Match(sentence.Text) is not { Success: true } label)
        {
            return null;
        }

        var upper = label.Groups["surname"].Value;
        var surname = upper[0] + upper[1..].ToLowerInvariant();
        // The headline may introduce the speaker ("DoD News Briefing with Pentagon Press Secretary George Little").
        return NamedAs(document.Title ?? "", surname, int.MaxValue, registry) ?? NamedAs(document.Body, surname, sentence.Start, registry);
    }

    private static Actor? NamedAs(string body, string surname, int until, Registry registry)
    {
        for (var at = body.IndexOf(surname, StringComparison.Ordinal); at >= 0 && at < until; at = body.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            var apposition = Apposition().Match(body, end, Math.Min(body.Length - end, 80));
            var (from, to) = apposition.Success ? (end, end + apposition.Length) : (Math.Max(0, at - 50), at);
            var sentenceStart = body.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1));
            from = apposition.Success ? from : Math.Max(from, sentenceStart + 1);
            var parties = registry.FindNames(body, from, to, registry.Actors.ContainsKey).Select(n => registry.Actors[n.Key]).ToList();
            if ((apposition.Success ? parties.FirstOrDefault() : parties.LastOrDefault()) is { } party
                && registry.Side(ActorCodes.Side(party.Code)) is { Sector: null } side)
            {
                return side;
            }
        }

        return null;
    }

    /// <summary>
    /// "The first shots came a little after midnight last Saturday.": a sentence in the past that tells no event but gives
    /// one past day sets the scene; the acts its paragraph tells next in the simple past happened then.
    /// </summary>
    private static EventDate? SceneDate(Sentence sentence, IReadOnlyList<Timex> timexes, LocalDate? published)
    {
        var days = timexes.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && t.Interval is { Precision: Precision.Day }).ToList();
        return days is [{ Interval: { } day } timex] && (published is null || day.End <= published) && !TimeShifter().IsMatch(sentence.Text)
            && sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && PastVerb().IsMatch(w))
            ? new EventDate(day.Start, day.End, Precision.Day, DateBasis.Relation, $"the scene: {timex.Text}")
            : null;
    }

    // Told in the simple past up to its trigger ("He spoke only briefly with"), without an auxiliary that moves it in time
    // ("had closed", "has met", "will meet", "is expected to").
    private static bool SimplePast(string clause, string trigger)
    {
        var at = clause.IndexOf(trigger, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var told = clause[..(at + trigger.Length)];
        return !TimeShifter().IsMatch(told)
            && told.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && PastVerb().IsMatch(w));
    }

    /// <summary>"Clinton made the remarks in a telephone call": the remarks were made when the event just told of was.</summary>
    private static EventDate? SameOccasion(string clause, IEnumerable<Found> told) =>
        (Occasion().IsMatch(clause) ? told.LastOrDefault()?.Event.Date
            : Later().IsMatch(clause) ? told.LastOrDefault(f => f.Event.Date is { Basis: DateBasis.Text, Precision: Precision.Day })?.Event.Date // "Zardari later flew to Ajmer"
            : null) is { Basis: DateBasis.Text or DateBasis.Relation } d
            ? d with { Basis = DateBasis.Relation, Expression = $"the same occasion: {d.Expression}" }
            : null;

    /// <summary>
    /// The day the story was filed: "RAWALPINDI, Nov 27:" in a paper of 28 November tells of the 27th, and an event the
    /// text leaves undated is that day's. Without a dateline day (or one that does not fit), the publication date.
    /// </summary>
    private static LocalDate? ReportDay(CleanDocument document)
    {
        if (document is not { Published: { } published, Dateline: { Month: { } month, Day: { } day } dateline } || month is < 1 or > 12)
        {
            return document.Published;
        }

        var year = dateline.Year ?? published.Year;
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return published;
        }

        var filed = new LocalDate(year, month, day);
        if (filed > published && dateline.Year is null && month == 12)
        {
            filed = filed.PlusYears(-1); // "Dec 31" in a paper of 1 January
        }

        var gap = Period.Between(filed, published, PeriodUnits.Days).Days;
        return gap is >= 0 and <= 3 ? filed : published;
    }

    private static EventDate PublicationDate(LocalDate? published) => published is { } p
        ? new EventDate(p, p, Precision.Day, DateBasis.Publication, null)
        : new EventDate(null, null, Precision.Unknown, DateBasis.Unknown, null);

    /// <summary>
    /// The clause's main event: the trigger that comes first in it ("Washington apologised for the attack that killed
    /// ..." is an apology, the killing only recalled); at the same place, the more specific row of the table.
    /// </summary>
    private static bool MatchesSafely(EventType type, string text)
    {
        try
        {
            return type.Trigger.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static (EventType? Type, Match? Trigger) FirstTrigger(IReadOnlyList<EventType> types, string lowerClause, int within = int.MaxValue)
    {
        (EventType? Type, Match? Trigger) best = (null, null);
        (EventType? Type, Match? Trigger) call = (null, null);
        foreach (var type in types)
        {
            if (!type.MayMatch(lowerClause))
            {
                continue; // lacks every word the row needs
            }

            try
            {
                var m = type.Trigger.Match(lowerClause);
                if (!m.Success || m.Index >= within)
                {
                    continue;
                }

                // A phone call is the event only when nothing is said of what was done in it.
                if (type is { Plover: "CONSULT", Mode: "phone" })
                {
                    call = call.Trigger is null || m.Index < call.Trigger.Index ? (type, m) : call;
                }
                else if (best.Trigger is null || m.Index < best.Trigger.Index)
                {
                    best = (type, m);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // a hostile clause: this type is not matched in it
            }
        }

        // "telephoned Zardari to offer his condolences for the soldiers killed in ...": the killing is recalled, the call is told.
        return best.Trigger is null || call.Trigger is not null && call.Trigger.Index < best.Trigger.Index
            && CondolencesFor().IsMatch(lowerClause[call.Trigger.Index..best.Trigger.Index]) ? call : best;
    }

    /// <summary>Actor mentions in a clause, each widened by a sector noun after it ("Pakistani soldiers" = PAKMIL).</summary>
    private static List<Mention> Mentions(Registry registry, string text, Clause clause, Actor? home, bool homeGuessed, LocalDate? asOf, Dictionary<string, Actor?> surnames, Actor? lawmakersOf = null, Actor? answerer = null)
    {
        var mentions = new List<Mention>();
        if (answerer is not null)
        {
            // "We have rejected the findings", "24 of our soldiers": in a transcript's answer, the answerer's side.
            foreach (Match m in FirstPerson().Matches(text[..clause.End], clause.Start))
            {
                mentions.Add(new Mention(m.Index, m.Index + m.Length, answerer));
            }
        }

        if (home is not null)
        {
            // "the government" in a story datelined Islamabad is Pakistan's government.
            foreach (Match m in UnnamedInstitution().Matches(text[..clause.End], clause.Start))
            {
                if (homeGuessed && !m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // a guessed home owns "the government", not "parliament" (often "Pakistan's parliament")
                }

                if (Possessor().IsMatch(text[Math.Max(clause.Start, m.Index - 3)..m.Index]))
                {
                    continue; // "Pakistan's parliament" in a story from Washington: the possessor names whose it is
                }

                // "US lawmakers", "a Pakistani parliamentary committee" are the registry's; bare "lawmakers" are the home country's
                var previous = LastWords(text[Math.Max(clause.Start, m.Index - 40)..m.Index], 1).Trim().ToLowerInvariant();
                if (registry.Actors.ContainsKey(previous) || registry.Actors.ContainsKey(previous.TrimEnd('s')))
                {
                    continue;
                }

                var (sector, suffix) = m.Groups["what"].Value.ToLowerInvariant() switch
                {
                    "army" or "military" or "dgmo" => ("military", "MIL"),
                    var w when w.StartsWith("director", StringComparison.Ordinal) => ("military", "MIL"),
                    "police" => ("police", "COP"),
                    "parliament" or "national assembly" or "senate" or "lawmakers" or "legislators" or "parliamentarians" or "senators" or "congressmen" => ("government", "LEG"),
                    var w when w.StartsWith("parliamentary", StringComparison.Ordinal) => ("government", "LEG"),
                    "protesters" or "demonstrators" => ("civil", "CVL"),
                    _ => ("government", "GOV"),
                };
                var owner = previous == "our" && answerer is not null ? answerer // "REHMAN: Our parliament has been very clear ..."
                    : m.Groups["what"].Value.ToLowerInvariant() is "lawmakers" or "legislators" or "parliamentarians" or "senators" or "congressmen" ? lawmakersOf ?? home
                    : m.Groups["what"].Value.Equals("administration", StringComparison.OrdinalIgnoreCase) && registry.Side("USA") is { Sector: null } us ? us // "the administration" is American usage
                    : home;
                mentions.Add(new Mention(m.Index, m.Index + m.Length, owner with { Code = owner.Code + suffix, Name = $"{owner.Name} ({sector})", Sector = sector }));
            }
        }

        // "The country has kept the supply lines closed": opening a clause of a story filed from it, the dateline's country.
        if (home is not null && !homeGuessed && TheCountrySubject().Match(text[..clause.End], clause.Start) is { Success: true } country)
        {
            mentions.Add(new Mention(country.Groups["m"].Index, country.Index + country.Length, home));
        }

        // "Republican congressman Dana Rohrabacher": a party label with a legislator's title is a member of the US Congress.
        foreach (Match m in UsLegislator().Matches(text[..clause.End], clause.Start))
        {
            if (registry.Side("USA") is { Sector: null } usa)
            {
                var member = usa with { Code = "USALEG", Name = "United States (legislature)", Sector = "government" };
                mentions.Add(new Mention(m.Index, m.Index + m.Length, member));
                if (m.Groups["surname"].Success)
                {
                    LearnSurname(surnames, m.Groups["surname"].Value.ToLowerInvariant(), member);
                }
            }
        }

        // "Dera Ismail Khan" is a town, not the Afghan commander Ismail Khan: a name inside a longer place name is the place's.
        List<(int Start, int End)>? places = null; // looked up only when a name is found: most clauses name none
        List<(int Start, int End)> PlaceNames() => places ??= registry.FindNames(text, clause.Start, clause.End, registry.Places.ContainsKey).Select(p => (p.Start, p.End)).ToList();
        foreach (var (found, stop, foundKey) in registry.FindNames(text, clause.Start, clause.End, k => registry.Actors.ContainsKey(k) || registry.Persons.ContainsKey(k)))
        {
            if (PlaceNames().Any(p => p.Start <= found && stop <= p.End && p.End - p.Start > stop - found))
            {
                continue;
            }

            var (start, key) = (found, foundKey);
            var surface = text[start..stop];
            // "secretary of state Hillary Clinton": a title in lower case before a name the registry knows; the name is the mention
            var full = surface;
            for (var i = full.IndexOf(' '); i > 0 && i + 1 < full.Length && !LooksLikeName(surface); i = full.IndexOf(' ', i + 1))
            {
                var rest = full[(i + 1)..];
                if (LooksLikeName(rest) && rest.ToLowerInvariant() is var restKey && (registry.Actors.ContainsKey(restKey) || registry.Persons.ContainsKey(restKey)))
                {
                    (start, key, surface) = (start + i + 1, restKey, rest);
                }
            }

            if (surface.StartsWith("the ", StringComparison.Ordinal) && key.StartsWith("the ", StringComparison.Ordinal) && key.EndsWith(" administration", StringComparison.Ordinal))
            {
                surface = surface[4..]; // "the Obama administration": the name after the article is what must look like one
            }

            // "before coalition aircraft struck": the coalition's aircraft are named in lower case too (its officials may be a
            // government coalition's, and stay capitalised)
            if (!LooksLikeName(surface) && !CoalitionForces().IsMatch(surface) || registry.Acronyms.Contains(key) && surface.Any(char.IsLower))
            {
                continue;
            }

            // A person is the office they held on the day (Panetta: CIA director until mid-2011, then defence secretary).
            var actor = registry.Actors.TryGetValue(key, out var known) ? known : registry.PersonAt(key, asOf);
            if (actor is null)
            {
                continue;
            }

            // "along the Afghan frontier": a demonym naming a stretch of land is a place, not a party.
            if (actor.Sector is null && GeographicNoun().IsMatch(text[stop..clause.End]))
            {
                continue;
            }

            // "equipped in Afghanistan", "met in Kabul": a country or capital after a locative preposition is a place, not a party.
            if (actor.Code.Length == 3 && actor.Sector is null && CityThenCountry().Match(text[Math.Max(0, start - 40)..start]) is { Success: true } city
                && !registry.Actors.ContainsKey(city.Groups["city"].Value.ToLowerInvariant())) // "in Bonn, Germany", not "from Pakistan, Afghanistan"
            {
                continue;
            }

            // "a tribal district bordering Afghanistan's Kunar province": a country named to place a district is no party.
            if (actor.Code.Length == 3 && actor.Sector is null && Bordering().IsMatch(text[Math.Max(0, start - 24)..start]))
            {
                continue;
            }

            // "due to meet at a regional summit in the Maldives": a country a gathering is held in is its venue.
            if (actor.Code.Length == 3 && actor.Sector is null && Venue().IsMatch(text[Math.Max(0, start - 50)..start]))
            {
                continue;
            }

            // "the U.S. ambassador to Pakistan": the country an envoy is posted to is part of the title, not a party.
            if (actor.Code.Length == 3 && actor.Sector is null && PostedTo().IsMatch(text[Math.Max(0, start - 30)..start]))
            {
                continue;
            }

            // "every truck that crosses into Afghanistan": a country one moves into or across is a place.
            if (actor.Code.Length == 3 && actor.Sector is null && Crossing().IsMatch(text[Math.Max(0, start - 24)..start].ToLowerInvariant()))
            {
                continue;
            }

            if (actor.Code.Length == 3 && registry.Places.ContainsKey(key)
                && Locative().IsMatch(text[Math.Max(0, start - 10)..start].ToLowerInvariant())
                && !OnBehalf().IsMatch(text, stop) // "at Pakistan's request" is Pakistan's
                && !PeopleFrom().IsMatch(text[Math.Max(0, start - 40)..start]) // "officials from India" are India's
                && !registry.SectorPattern.Match(text[..clause.End], stop).Success)
            {
                continue;
            }

            var end = stop;
            var sectorMatch = registry.SectorPattern.Match(text[..clause.End], end);
            if (sectorMatch.Success && actor.Sector is null && registry.Sectors.TryGetValue(sectorMatch.Groups["sector"].Value, out var s))
            {
                actor = actor with { Code = actor.Code + s.Suffix, Name = $"{actor.Name} ({s.Sector})", Sector = s.Sector };
                end = sectorMatch.Index + sectorMatch.Length;
            }

            mentions.Add(new Mention(start, end, actor));
            // "Pentagon press secretary George Little": the titled person named right after a party speaks for it.
            if (end < clause.End && TitledName().Match(text, end, clause.End - end) is { Success: true } titled && titled.Groups["surname"].Value.ToLowerInvariant() is { Length: >= 3 } titledSurname
                && !registry.Actors.ContainsKey(titledSurname)) // the article's own introduction outweighs a namesake in the dictionary

            {
                LearnSurname(surnames, titledSurname, actor);
            }

            if (key.Contains(' ') && !registry.Actors.ContainsKey(key) && key[(key.LastIndexOf(' ') + 1)..] is { Length: >= 3 } surname
                && !registry.Actors.ContainsKey(surname))
            {
                LearnSurname(surnames, surname, actor);
            }
        }

        // "Singh", after "Indian Prime Minister Manmohan Singh": a surname the article has already given in full.
        if (surnames.Count > 0)
        {
            for (var m = CapitalisedWord().Match(text, clause.Start, clause.End - clause.Start); m.Success; m = m.NextMatch())
            {
                if (surnames.TryGetValue(m.Value.ToLowerInvariant(), out var person) && person is not null && !mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End)
                    && !PlaceNames().Any(p => p.Start <= m.Index && m.Index < p.End))
                {
                    mentions.Add(new Mention(m.Index, m.Index + m.Length, person));
                }
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static string CountryOf(Actor actor) => actor.Country ?? actor.Code;

    // Pakistan as its military ("PAKMIL"), its government, its rebels: a country's actor in one sector.
    private static Actor InSector(Actor country, string suffix, string sector) =>
        country with { Code = country.Code + suffix, Name = $"{country.Name} ({sector})", Sector = sector };

    /// <summary>The country of the dateline's place, when the gazetteer knows it; else the country the story names most.</summary>
    private static Actor? HomeCountry(CleanDocument document, Registry registry) =>
        document.Dateline is { } d && (registry.Places.TryGetValue(d.Place, out var place) || registry.Places.TryGetValue(d.Place.Split(',')[0].Trim(), out place)
            || registry.Places.TryGetValue(AdminWord().Replace(d.Place.Split(',')[0].Trim(), ""), out place)) // "MOHMAND AGENCY"
            ? (registry.Side(place.Country) is { Sector: null } placeCountry ? placeCountry : null) // "LAHORE, Pakistan": the city before the comma
            : MostNamedCountry(document.Body, registry) ?? FirstLocalPlace(document, registry); // no dateline, or a place the gazetteer lacks

    // "EDITORIAL: The long way back to Torkham": with no dateline and no country named most, the country of the first town or
    // site the headline names (a country or capital names a party as often as a place, and is passed over), when the story
    // names that country's parties more than once ("The empty chair in Bonn" is a venue, not the paper's home).
    private static Actor? FirstLocalPlace(CleanDocument document, Registry registry)
    {
        var text = document.Title ?? "";
        var parties = registry.FindNames(document.Body, 0, document.Body.Length, registry.Actors.ContainsKey)
            .Select(n => registry.Actors[n.Key]).Select(a => a.Country ?? a.Code).ToList();
        return registry.FindNames(text, 0, text.Length, k => registry.Places.ContainsKey(k) && !registry.Actors.ContainsKey(k))
            .Where(n => char.IsUpper(text[n.Start])).Select(n => registry.Side(registry.Places[n.Key].Country))
            .FirstOrDefault(c => c is { Sector: null } && parties.Count(p => p == c.Code) >= 2);
    }

    // With no dateline, "parliament" and "the army" are those of the country the story names most, when one stands out.
    private static Actor? MostNamedCountry(string body, Registry registry)
    {
        // Towns and districts the story is set in count for their country ("Salala", "Mohmand", "Torkham", "Chaman").
        var counts = registry.FindNames(body, 0, body.Length, registry.Actors.ContainsKey)
            .Select(n => registry.Actors[n.Key])
            .Where(a => (a.Country ?? a.Code).Length == 3 && !a.Code.StartsWith("IGO", StringComparison.Ordinal) && !a.Code.StartsWith("NGO", StringComparison.Ordinal))
            .Select(a => a.Country ?? a.Code)
            .Concat(registry.FindNames(body, 0, body.Length, k => registry.Places.ContainsKey(k) && !registry.Actors.ContainsKey(k))
                .Where(n => char.IsUpper(body[n.Start])).Select(n => registry.Places[n.Key].Country).OfType<string>().Where(c => c.Length == 3))
            .GroupBy(c => c).Select(g => (Country: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).Take(2).ToList();
        return counts is [var top, ..] && top.Count >= 3 && (counts.Count == 1 || top.Count >= 2 * counts[1].Count)
            && registry.Side(top.Country) is { Sector: null } country ? country : null;
    }

    // Names are capitalised in news; short ones (US, UN, ISI) are written in capitals, which keeps out "us".
    private static bool LooksLikeName(string text)
    {
        var letters = text.Count(char.IsLetter);
        return char.IsUpper(text[0]) && (letters > 3 || text.Where(char.IsLetter).All(char.IsUpper));
    }

    /// <summary>A place the trigger names or that follows it with a preposition ("closed the Torkham crossing", "sent ... to Peshawar").</summary>
    private static Place? Location(Registry registry, string text, int triggerStart, int triggerEnd, int clauseEnd)
    {
        var window = Math.Min(clauseEnd, triggerEnd + 60);
        foreach (var (start, _, key) in registry.FindNames(text, triggerStart, window, registry.Places.ContainsKey))
        {
            var before = text[Math.Max(0, start - 16)..start].ToLowerInvariant();
            // "sent ... to Peshawar", "closed the Torkham crossing", "visited Lahore", "the streets of Karachi"
            if (char.IsUpper(text[start]) && (PlacePreposition().IsMatch(before) || before.EndsWith("the ", StringComparison.Ordinal)
                || start > triggerStart && start < triggerEnd || start >= triggerEnd && text[triggerEnd..start].Trim().Length == 0))
            {
                return registry.Places[key];
            }
        }

        return null;
    }

    // "when the two countries' officials meet next week": an act the text dates after the report is planned, whatever its tense.
    private static Modality Scheduled(Modality modality, EventDate date, LocalDate? reportDay) =>
        modality == Contracts.Modality.Actual && date is { Basis: DateBasis.Text, Start: { } start } && reportDay is { } day && start > day
            ? Contracts.Modality.Planned
            : modality;

    private static Modality Modality(string sentence, int triggerStart)
    {
        var lead = sentence[Math.Max(0, triggerStart - 30)..triggerStart].ToLowerInvariant();
        if (Negation().IsMatch(lead))
        {
            return Contracts.Modality.Negated;
        }

        if (Denial().IsMatch(sentence[..triggerStart]))
        {
            return Contracts.Modality.Denied;
        }

        if (Future().IsMatch(lead))
        {
            return Contracts.Modality.Planned;
        }

        // "gave no indication that Obama had apologized": an act no one has seen a sign of is not reported.
        if (Hypothesis().IsMatch(lead) || NoSignThat().IsMatch(sentence[..triggerStart]))
        {
            return Contracts.Modality.Hypothetical;
        }

        return Claim().IsMatch(sentence) ? Contracts.Modality.Claimed : Contracts.Modality.Actual;
    }

    /// <summary>"“We will not accept this,” the minister told ...": the quoted opinion is blanked, what is told of stays.</summary>
    private static string MaskLeadingQuote(string sentence)
    {
        if (sentence[0] is not ('"' or '“'))
        {
            return sentence;
        }

        var close = sentence.IndexOfAny(['"', '”'], 1);
        var end = close < 0 ? sentence.Length : close + 1;
        return new string(' ', end) + sentence[end..];
    }

    /// <summary>
    /// "“That is not a number we can accept,” a U.S. official said": a quote its speaker's side owns. The quote is kept (its
    /// words may tell an act) and its speaker is the source of what the quote tells; null when no known party speaks
    /// (then the quote is blanked as an opinion).
    /// </summary>
    private static (int End, int SpeakerEnd, Actor Speaker)? QuotedBy(string sentence, Registry registry, Actor? home)
    {
        if (sentence.Length == 0 || sentence[0] is not ('"' or '“'))
        {
            return null;
        }

        var close = sentence.IndexOfAny(['"', '”'], 1);
        if (close < 0 || QuoteSpeaker().Match(sentence, close + 1) is not { Success: true } said)
        {
            return null;
        }

        var who = said.Groups["who"];
        var speaker = registry.FindNames(sentence, who.Index, who.Index + who.Length, registry.Actors.ContainsKey)
            .Select(n => registry.Actors[n.Key]).FirstOrDefault();
        // "chief military spokesman Major General Athar Abbas told a news conference": an official the registry does not know,
        // in a story from his country, speaks for it.
        // "the military's media wing said in a statement": an institution no one names the owner of is the home side's too.
        if (speaker is null && home is { Sector: null } && (OfficialTitle().IsMatch(who.Value) || HomeInstitution().IsMatch(who.Value)) && !ForeignSpeaker().IsMatch(who.Value))
        {
            var military = MilitarySpeaker().IsMatch(who.Value);
            speaker = military ? InSector(home, "MIL", "military")
                : InSector(home, "GOV", "government");
        }

        return speaker is null ? null : (close, said.Index + said.Length, speaker);
    }

    /// <summary>Blanks out "a US official said" so its speaker is kept as attribution, not taken for an actor.</summary>
    private static (string Masked, string? Attribution) MaskAttribution(string sentence)
    {
        var m = Attribution().Match(sentence);
        if (!m.Success)
        {
            return (sentence, null);
        }

        var masked = sentence[..m.Index] + new string(' ', m.Length) + sentence[(m.Index + m.Length)..];
        return (masked, m.Groups["who"].Value.Trim());
    }

    /// <summary>
    /// "X blamed ..., a finding Pakistan rejected": a second trigger with its own subject right before it starts a clause
    /// of its own, so one clause can give two events with their own sides.
    /// </summary>
    private static IEnumerable<Clause> SplitAtSecondSubject(string text, Clause clause,
        Func<string, int, (EventType? Type, Match? Trigger)> trigger, Func<Clause, List<Mention>> mentionsIn)
    {
        var (_, first) = trigger(text[clause.Start..clause.End].ToLowerInvariant(), int.MaxValue);
        if (first is null)
        {
            return [clause];
        }

        // The first later trigger with its own subject right before it (a few are tried: "the raid that killed X and the
        // NATO strikes that killed Y" has its subject at the second).
        var firstEnd = clause.Start + first.Index + first.Length;
        var firstType = trigger(text[clause.Start..clause.End].ToLowerInvariant(), int.MaxValue).Type;
        var from = firstEnd;
        for (var attempt = 0; attempt < 4 && from < clause.End; attempt++)
        {
            var (secondType, second) = trigger(text[from..clause.End].ToLowerInvariant(), int.MaxValue);
            if (second is null)
            {
                return [clause];
            }

            var secondStart = from + second.Index;
            // "Kayani said the strike was unacceptable and directed that ... an effective response": a second verb of another kind
            // joined by "and" is a second act of the same subject.
            // "restricted the movements of intelligence officers and stopped issuing visas": of one kind too, when the first has
            // an object of its own.
            // A gerund joins acts too: "responded by closing the routes and ordering the United States to vacate Shamsi" (one kind,
            // both told as gerunds), "marched on the consulate, burning flags and demanding an end to drone strikes" (another kind).
            var andGerund = secondType is not null && firstType is not null
                && AndGerund().Match(text, firstEnd, secondStart + second.Length - firstEnd) is { Success: true } joinedGerund && joinedGerund.Index <= secondStart
                && (secondType.Plover == firstType.Plover || joinedGerund.Value.Contains(" by ", StringComparison.Ordinal) ? LeadingGerund().IsMatch(first.Value) : CommaGerund().IsMatch(text[firstEnd..joinedGerund.Index]))
                ? joinedGerund : null;
            var andVerb = (AndVerb().Match(text, firstEnd, secondStart + second.Length - firstEnd) is { Success: true } joined && joined.Index <= secondStart ? joined : null) ?? andGerund;
            if (secondType is not null && firstType is not null && secondType.Plover != "ASSAULT" && firstType.Plover != "ASSAULT" && andVerb is not null
                && (secondType.Plover != firstType.Plover || text[firstEnd..andVerb.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3))
            {
                return [clause with { End = andVerb.Index }, new Clause(andVerb.Index, clause.End, "and")];
            }

            var subject = mentionsIn(clause with { Start = firstEnd, End = secondStart }).LastOrDefault();
            // "An investigation into the airstrikes that killed 24 Pakistani soldiers last month concluded ...": the relative
            // clause ends with its counted object, and the verb after it is the main clause's.
            if (subject is not null && CountedObject().IsMatch(text[firstEnd..subject.Start])
                && RelativePronoun().IsMatch(text[Math.Max(clause.Start, clause.Start + first.Index - 12)..firstEnd]) // "airstrikes that killed"
                && text[subject.End..secondStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !text[subject.End..secondStart].Contains(','))
            {
                return [clause with { End = secondStart }, new Clause(secondStart, clause.End, "main")];
            }

            // "the NATO attack that killed 24 of its soldiers was a deliberate act": the same with victims no party names.
            if (subject is null && CountedVictims().IsMatch(text[firstEnd..secondStart])
                && RelativePronoun().IsMatch(text[Math.Max(clause.Start, clause.Start + first.Index - 12)..firstEnd]))
            {
                return [clause with { End = secondStart }, new Clause(secondStart, clause.End, "main")];
            }

            // "apologised for a Nato helicopter attack that killed ...": a party inside the first verb's object starts no clause.
            // "Pakistan's demand for ...": a possessive is the agent of the noun right after it, not of a verb further on
            // ("Islamabad's refusal to reopen" starts no clause).
            // "rejected Pakistan's demand": a party right after the first verb is its object; "the US and NATO and summoned":
            // a party joined to the next verb by "and" is the end of an object, not a new subject.
            if (subject is not null && subject.End <= secondStart && (!Possessed(text, subject.End) || secondStart - subject.End <= 3)
                && text[firstEnd..subject.Start].Trim() is not ("" or "the" or "a" or "an") && !CountedObject().IsMatch(text[firstEnd..subject.Start])
                && !Condition().IsMatch(text[firstEnd..subject.Start]) // "keep the routes closed until Washington apologised": not done
                && !text[subject.End..secondStart].TrimStart().StartsWith("and ", StringComparison.Ordinal) && text[subject.End..secondStart].Trim() != "and"
                && !ComplementLead().IsMatch(text[firstEnd..subject.Start])
                && !DemandedThat().IsMatch(text[Math.Max(0, subject.Start - 40)..subject.Start]) // "the demand that the US vacate": demanded, not done
                && !InsideObject().IsMatch(text[Math.Max(0, subject.Start - 40)..subject.Start])
                && !SpokenTo().IsMatch(text[Math.Max(0, subject.Start - 30)..subject.Start]) // "told U.S. Secretary of State Clinton": the one told
                && !FirstTime().IsMatch(text[Math.Max(0, subject.Start - 40)..subject.Start]) // ", the first time US troops have been posted ...": the same act
                && !(LeadingGerund().IsMatch(second.Value) && !Auxiliary().IsMatch(text[subject.End..secondStart])) // "burning U.S. flags and demanding": a gerund has no subject
                && !ConditionAfter().IsMatch(text[subject.End..secondStart]) // "cutting aid to Pakistan if the routes stayed closed": the party is the object
                && text[subject.End..secondStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !text[subject.End..secondStart].Contains(','))
            {
                return [clause with { End = subject.Start }, new Clause(subject.Start, clause.End, JoinedByAndBefore(text, subject.Start) && clause.Connective is "when" or "after" ? "and" : "")];
            }

            from = secondStart + Math.Max(1, second.Length);
        }

        return [clause];
    }

    // "when a NATO strike killed 24 soldiers and Islamabad shut the routes": a second subject after "and" goes on in the same time.
    private static bool JoinedByAndBefore(string text, int at) =>
        text[..at].TrimEnd().EndsWith(" and", StringComparison.OrdinalIgnoreCase);

    // A clause split off at "over/for/against/into a ... strike that killed" or after "condemned": see AttackObjectBoundary.
    private static bool TellsAnAttack(Clause clause) => TellsAnAttack(clause.Connective);

    // The party of another side that the story last told doing something.
    private static Actor? OtherSideLastActing(IEnumerable<Found> told, Actor side, Registry registry) =>
        told.Select(f => f.Event.Actors.FirstOrDefault(a => a.Role == ActorRole.Source)).LastOrDefault(a => a is not null && ActorCodes.Side(a.Code) != ActorCodes.Side(side.Code)) is { } actor
            ? SideActor(registry, actor.Code)
            : null;

    // "in protest at ...", "in retaliation for ...": the clause after tells what was answered.
    private static bool IsAnswer(string connective) =>
        connective is "in retaliation for" or "in response to" or "in protest against" or "in protest at" or "in protest over";

    private static bool TellsAnAttack(string connective) => connective is "over" or "for" or "against" or "into" or "by" or "at" or "object";

    private static List<Clause> Clauses(string sentence)
    {
        var clauses = new List<Clause>();
        var start = 0;
        var connective = "";
        foreach (var m in Alternatives.Matches(sentence, ClauseBoundaries))
        {
            if (m.Index > start)
            {
                clauses.Add(new Clause(start, m.Index, connective));
            }

            connective = Regex.Replace(m.Groups["c"].Value.ToLowerInvariant(), @"\s+", " ").Trim(' ', ',', '"', '”');
            connective = connective is "adding that" or "saying" or "saying that" ? "and" : connective; // "X said ..., adding that ...": the speaker goes on
            connective = m.Groups["c"].Success && m.Length == 0 ? "object" : connective; // "condemned | a US drone strike that killed ..."
            connective = m.Groups["g"].Success ? "and" : connective; // "closed the routes for seven months, reopening them in July", "visited Islamabad to demand ..."
            start = m.Index + m.Length;
        }

        clauses.Add(new Clause(start, sentence.Length, connective));
        // "Pillay, who ended a four-day visit to Pakistan, told reporters ...": the relative clause ends where the main verb comes.
        // "India, which blames ..., welcomed the decision": a which-clause after a name ends the same way, also when a clause
        // nested in it ("the attacks that killed 166 people, welcomed") holds the end.
        var relative = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            relative = clauses[i].Connective is "who" || clauses[i].Connective is "which" && i > 0 && EndsWithName().IsMatch(sentence[clauses[i - 1].Start..clauses[i - 1].End])
                || relative && (clauses[i].Connective is "that" or "which" or "who" || TellsAnAttack(clauses[i].Connective));
            if (relative && RelativeEnd().Match(sentence, clauses[i].Start, clauses[i].End - clauses[i].Start) is { Success: true } end)
            {
                clauses.Insert(i + 1, new Clause(end.Index + 1, clauses[i].End, ""));
                clauses[i] = clauses[i] with { End = end.Index };
            }
        }

        return clauses;
    }

    private static string Summary(string clause)
    {
        var text = Regex.Replace(clause, @"\s+", " ").Replace(" ,", ",").Trim().Trim(',', ';', ':', ' ', '.', '—', '–', '-');
        text = DatelinePrefix().Replace(text, "");
        text = TrailingParticiple().Replace(text, "");
        text = LeadingFiller().Replace(text, "");
        if (text.Length > 160)
        {
            text = text[..157].TrimEnd() + "…";
        }

        return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static List<ReportedEvent> MergeRepeats(List<Found> events)
    {
        // One article often reports the same event twice (lead and detail): same type, same sides, the same
        // key word in the trigger, dates that agree. Keep the best-dated report.
        var kept = new List<Found>();
        foreach (var f in events)
        {
            var e = f.Event;
            // Two attacks, closures or concessions by one side on one day may be two; a second withdrawal that day is a retelling.
            var twin = kept.FindIndex(k => k.Event.Plover == e.Plover && (Sides(k.Event) == Sides(e) || (f.IsAssault || e.Plover == "CONCEDE") && VictimUntold(k.Event, e)) && DatesAgree(k.Event.Date, e.Date)
                && !AnchoredApart(k.Event.Date, e.Date) && !OtherSpeaker(k.Event, e) && !PlannedAndDone(k.Event, e)
                && (SharesKeyWord(k.Trigger, f.Trigger) || e.Plover == "RETREAT" || f.IsAssault && (DatedByOther(k.Event, e) || SameDayRetold(k.Event.Date, e.Date))));
            // "held talks with Khar and invited Zardari to visit": one sentence's two speech acts or contacts by one side are one
            // event, whichever of them named the other side.
            // "Obama called Zardari, and Clinton has spoken with Khar": a clause that names its own doer tells another act.
            if (twin < 0 && !f.NamedSubject && e.Plover is "THREATEN" or "ACCUSE" or "DEMAND" or "REJECT" or "SUPPORT" or "CONSULT")
            {
                twin = kept.FindIndex(k => k.Event.Plover == e.Plover && k.Event.Evidence.Start == e.Evidence.Start && Sides(k.Event).Split('>')[0] == Sides(e).Split('>')[0]
                    && k.Event.Modality == e.Modality); // "raised it with the embassy and would take it up again when officials meet next week": two
            }

            // "flew to Islamabad with Petraeus, and the new chairman, General Dempsey, for four hours of talks with Kayani": a
            // contact told by a noun in the same sentence, between the same sides, is the visit told before it.
            if (twin < 0 && e.Plover == "CONSULT" && ContactNoun().IsMatch(f.Trigger))
            {
                twin = kept.FindIndex(k => k.Event.Plover == "CONSULT" && k.Event.Evidence.Start == e.Evidence.Start && Sides(k.Event) == Sides(e));
            }

            // "Washington has refused to pay anything close to that, and Panetta said the US would not be gouged": one side's
            // refusal of one thing, told twice in a sentence, is one stance.
            if (twin < 0 && f.NamedSubject && e.Plover == "REJECT")
            {
                twin = kept.FindIndex(k => k.Event.Plover == "REJECT" && k.Event.Evidence.Start == e.Evidence.Start && Sides(k.Event) == Sides(e) && k.Event.Modality == e.Modality);
            }

            // "The two ministers had last met in October, when Clinton visited Islamabad": the when-clause tells the same meeting.
            if (twin < 0 && f.WhenClause && e.Plover == "CONSULT")
            {
                twin = kept.FindIndex(k => k.Event.Plover == "CONSULT" && k.Event.Evidence.Start == e.Evidence.Start && Sides(k.Event) == Sides(e) && DatesAgree(k.Event.Date, e.Date));
            }

            if (twin < 0)
            {
                kept.Add(f);
                continue;
            }

            var (better, other) = Rank(e.Date.Basis) < Rank(kept[twin].Event.Date.Basis) ? (f, kept[twin]) : (kept[twin], f);
            var actors = better.Event.Actors.Concat(other.Event.Actors.Where(a => a.Role == ActorRole.Target && better.Event.Actors.All(b => b.Code != a.Code))).ToList();
            // The other report's sentence stays evidence of the one event.
            var retold = (better.Event.Retold ?? []).Append(other.Event.Evidence).Concat(other.Event.Retold ?? [])
                .Where(r => r != better.Event.Evidence).Distinct().OrderBy(r => r.Start).ToList();
            // the one event keeps the key words of every telling ("summoned", "lodged a protest", "was told ... illegal")
            kept[twin] = better with { Trigger = $"{better.Trigger} {other.Trigger}", Event = better.Event with { Location = better.Event.Location ?? other.Event.Location, Actors = actors, Retold = retold.Count > 0 ? retold : null } };
        }

        return kept.Select(k => k.Event).ToList();
    }

    private static bool SharesKeyWord(string a, string b)
    {
        var words = Words(a);
        return Words(b).Any(words.Contains);

        // "reopen" and "the reopening" share their stem
        static HashSet<string> Words(string text) =>
            text.Split([' ', ',', '.', ';'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !FunctionWords.Contains(w)).Select(Stem).ToHashSet();

        static string Stem(string w) =>
            w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 7 ? w[..^3]
            : w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 6 ? w[..^2]
            : w;
    }

    private static readonly HashSet<string> FunctionWords = ["down", "with", "from", "that", "have", "been", "were", "into", "over", "under", "their", "them", "they", "this", "back", "called", "calls", "killed"]; // "called to the Foreign Office", "called it an attack": two acts; "shot and killed two men" and "the raid that killed bin Laden": two attacks

    // An undated attack the article dates by another report of it ("the same attack: ...") is that attack.
    private static bool DatedByOther(ReportedEvent a, ReportedEvent b) =>
        a.Date.Expression == $"the same attack: {b.Summary}" || b.Date.Expression == $"the same attack: {a.Summary}";

    // "a NATO raid killed 24 soldiers" and "NATO helicopters struck two Pakistani army posts": one attack, its victim told once
    // ("agreed to reopen the routes to NATO" and "approved the reopening": one concession).
    private static bool VictimUntold(ReportedEvent a, ReportedEvent b)
    {
        var (ta, tb) = (TargetSides(a), TargetSides(b));
        return Sides(a).Split('>')[0] == Sides(b).Split('>')[0] && (ta.Count == 0 || tb.Count == 0 || ta.Overlaps(tb));

        static HashSet<string> TargetSides(ReportedEvent e) =>
            e.Actors.Where(x => x.Role == ActorRole.Target).Select(x => ActorCodes.Side(x.Code)).ToHashSet();
    }

    // "Khan demanded an end to the strikes" and "a parliamentary committee demanded an end to the strikes": one side's two
    // speakers, each named with its sector, said it twice.
    private static bool OtherSpeaker(ReportedEvent a, ReportedEvent b) =>
        a.Plover is "ACCUSE" or "DEMAND" or "REJECT" or "THREATEN" or "SUPPORT"
        && a.Actors.FirstOrDefault(x => x.Role == ActorRole.Source)?.Code is { } sa && b.Actors.FirstOrDefault(x => x.Role == ActorRole.Source)?.Code is { } sb
        && sa.Length > 3 && sb.Length > 3 && sa != sb;

    private static string Sides(ReportedEvent e) => string.Join(">",
        e.Actors.Where(a => a.Role != ActorRole.Other).Select(a => ActorCodes.Side(a.Code)).Distinct().Take(2));

    // A report dated only by its publication may retell any dated report, except one of a past year ("closed the crossing
    // for 10 days last year" is another occasion than "has closed the routes").
    // "had raised the issue with the embassy and would take it up when officials meet next week": what is planned for a
    // later date is not what was done.
    private static bool PlannedAndDone(ReportedEvent a, ReportedEvent b) =>
        (a.Modality == Contracts.Modality.Planned) != (b.Modality == Contracts.Modality.Planned)
        && (a.Date.Basis == DateBasis.Text && a.Modality == Contracts.Modality.Planned || b.Date.Basis == DateBasis.Text && b.Modality == Contracts.Modality.Planned);

    private static bool DatesAgree(EventDate a, EventDate b) =>
        a.Start is null || b.Start is null
        || a.Basis == DateBasis.Publication && !PastYear(b, a.Start.Value) || b.Basis == DateBasis.Publication && !PastYear(a, b.Start.Value)
        || a.Start <= b.End && b.Start <= a.End;

    // "ordered the trainers out after the raid in May" and "ordered the Americans out after the November strike": acts
    // dated from two different events are two acts.
    private static bool AnchoredApart(EventDate a, EventDate b) =>
        a.Basis == DateBasis.Relation && b.Basis == DateBasis.Relation && a.Start != b.Start;

    // "condemned the attack": the latest attack told, not one recalled in passing since ("a drone strike late Wednesday ...
    // after the Nov. 26 attack"); of two on one day, the last told.
    private static Found? LatestAttack(IEnumerable<Found> told) =>
        told.Where(f => f.IsAssault).OrderBy(f => f.Event.Date.End ?? LocalDate.MinIsoValue).LastOrDefault();

    // "before they attacked", dated by its relation to the attack's own day: the same attack told again.
    private static bool SameDayRetold(EventDate a, EventDate b) =>
        (a.Basis == DateBasis.Relation || b.Basis == DateBasis.Relation) && a.Precision == Precision.Day && b.Precision == Precision.Day
        && a.Start == b.Start && a.End == b.End;

    private static bool PastYear(EventDate date, LocalDate published) =>
        date is { Precision: Precision.Year or Precision.Decade or Precision.Century, End: { } end } && end.Year < published.Year;

    private static int Rank(DateBasis basis) => basis switch
    {
        DateBasis.Text => 0,
        DateBasis.Relation => 1,
        DateBasis.Inferred => 2,
        DateBasis.Publication => 3,
        _ => 4,
    };

    // ", a US official said" / ", officials said." closing a clause, or "according to ...": the speaker is kept as
    // attribution. A sentence that opens with "Pakistan said ..." keeps its speaker, who may well be the actor.
    [GeneratedRegex(@",\s*(?<who>(?:(?:a|an|the|several|some|two|three|one|senior|other)\s+)?[^,.;""“”]{1,60}?)\s+(?:said|says|told reporters)\b(?:\s+(?:on condition of anonymity|on \w+|late on \w+|early on \w+|today|yesterday|this week|last week|(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?(?=\s*(?:[,.;]|$))|,?\s*according to\s+(?<who>[^,.;]{2,60})", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Attribution();

    // After a closing quote: ', a senior U.S. official said' (the speaker, then the verb).
    [GeneratedRegex(@"\G\s*,?\s*(?<who>(?:(?:a|an|the|one|two|senior|other)\s+)?[^,;""“”]{1,60}?)\s+(?:said|says|told|added|insisted|warned|declared)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex QuoteSpeaker();

    // Where a sentence divides into clauses, tried as one alternation in this order (see Alternatives: one regex of
    // them all cost a fifth of extraction time).
    private static readonly Regex[] ClauseBoundaries =
    [
        ConnectiveBoundary(), AnswerBoundary(), AttackObjectBoundary(), SpeakerGoesOnBoundary(), AndBoundary(), CommaVerbBoundary(),
        ButSaidBoundary(), DuringVisitBoundary(), CommaParticipleBoundary(), VisitToDemandBoundary(),
    ];

    // ", and", ", which", "after", "because", "while", "as" (not "as many", "described as"), "despite", "since", a dash or a semicolon.
    [GeneratedRegex(@"(?<c>(?:,[""”]?\s*(?:and|but|while|which|whom|who|where|as|(?:in|during|at|on)\s+which)\b)|\b(?:after|before|because|when|while|as(?!\s+(?:many|much|few|little|long|well|soon|far|part|a\s+result|high|low|recently|early|late|of|usual|such|(?:you|we)\s+(?:have\s+|may\s+have\s+)?(?:seen|heard|know|noted))\b)(?<!\b(?:many|much|few|little|long|well|soon|far|high|low|such|same)\s+as)(?<!\b(?:described|describes|describing|termed|terms|branded|brands|regarded|regards|viewed|views|seen|sees|saw|dismissed|dismisses|dismissing|rejected|rejects|denounced|denounces|condemned|condemns|acted|acts|acting|operated|operates|operating|served|serves|serving|functioned|functions|known)\s+(?:[\w'’-]+\s+){0,4}as)|despite|(?<!\b(?:the|a)\s)following|(?<!\b(?:has|have|had|having|was|were|is|are|been)\s+)since)\b(?!\s+(?:dawn|daybreak|sunrise|noon|dusk|sunset|nightfall|midnight|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|last|early|mid|late)\b|\d{4}\b))|[—–;])", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ConnectiveBoundary();

    // "In retaliation for the border deaths," is one boundary: its noun phrase names the cause, not a new event.
    [GeneratedRegex(@"(?<c>\bin (?:retaliation|response) (?:for|to)\b)(?:[^,.;]{0,80},)?|(?<c>\bin protest (?:against|at|over)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AnswerBoundary();

    // "over a NATO strike that killed", "shocked by the NATO attack that killed", "condemned | a US drone strike that killed":
    // the attack is a clause of its own.
    [GeneratedRegex(@"(?:(?<c>\b(?:over|for|against|into|by|at)\b)|(?<=\b(?:condemned|condemns|denounced|denounces|deplored|deplores|criticised|criticized|criticises|criticizes)\s)(?<c>))(?=\s*(?:an?|the)\s+(?:[\w.'’-]+\s+){0,4}?(?:strikes?|attacks?|raids?|airstrikes?|assaults?|bombings?)\s+(?:(?:in|on|near)\s+(?:[A-Z][\w-]*\s+){1,3})?(?:that|which)\s+(?:killed|wounded|left)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackObjectBoundary();

    // ", adding that ...", ", saying an inquiry ...": the speaker goes on.
    [GeneratedRegex(@"(?<c>,\s*adding\s+that\b)|(?<c>,\s*saying(?:\s+that)?\b)(?=\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:investigation|inquiry|probe|review|report)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SpeakerGoesOnBoundary();

    // "told reporters that the attacks were indiscriminate and that Washington should disclose ...": two things said, two clauses;
    // "and to ...", "and has promised ...", "and the two men ...".
    [GeneratedRegex(@"(?<c>\band)(?=\s+to\s+[a-z]+\b|\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:promised|pledged|reaffirmed|reiterated|gave|give|gives|said|tried|orders|shuts|closes|expels|summons|demands|rejects|agrees|says|vowed|warned|urged|demanded|accused|rejected|denied|announced|threatened|called for|called on|expelled|evicted|ordered|summoned|recalled|boycotted|suspended|froze|withdrew|imposed|apologi[sz]ed|refused|declined|lodged|condemned|told|approved|agreed|decided|reopened|closed|sent|released|signed|resumed|asked|slowed|restricted|tightened|curbed|limited|barred|banned|halted|delayed)\b|\s+(?:the two|both)\s+(?:men|leaders|sides|countries|governments|presidents|ministers)\b|\s+that\s)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AndBoundary();

    // ", boycotted the talks": a second verb of the same subject (not "an agreement, signed in 2002, has ...").
    [GeneratedRegex(@"(?<c>,)(?<!\b(?:agreement|accord|deal|treaty|pact|memorandum),)(?=\s+(?:boycotted|closed|expelled|evicted|ordered|summoned|recalled|suspended|froze|withdrew|imposed|refused|declined|lodged|condemned|rejected|accused|demanded|urged|threatened|warned|signed|met)\b(?![^,]{0,40},\s+(?:have|has|had|is|are|was|were|remain|remains|remained)\b))", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CommaVerbBoundary();

    // "but said ...".
    [GeneratedRegex(@"(?<c>\bbut)(?=\s+(?:said|says|warned|added|insisted|noted)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ButSaidBoundary();

    // "during a visit to Islamabad".
    [GeneratedRegex(@"(?<c>\bduring)(?=\s+(?:an?|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+to\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DuringVisitBoundary();

    // "closed the routes for seven months, reopening them in July".
    [GeneratedRegex(@"(?<g>,)(?=\s+(?:reopening|closing|shutting|expelling|evicting|blocking|ordering|suspending|boycotting|summoning|recalling|freezing|calling|describing|branding|terming)\s+(?:them|it|the|its|their|a|an)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CommaParticipleBoundary();

    // "visited Islamabad to demand ...".
    [GeneratedRegex(@"(?<g>,?\s*\bto)(?=\s+(?:demand|urge|press)\s)(?<=\b(?:visited|visits|flew|travelled|traveled|went|came|arrived)\b[^.;]{0,80}\bto)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex VisitToDemandBoundary();

    [GeneratedRegex(@"\bthe (?:federal\s+|national\s+|new\s+)?(?<what>government|army|military|foreign office|foreign ministry|authorities|police|cabinet|administration)\b|\ban? (?<what>government|army|military|foreign office|foreign ministry)\s+(?:spokesman|spokeswoman|spokesperson|official|statement)\b|\bthe (?:defence\s+|defense\s+|cabinet['’]s\s+defen[cs]e\s+)?(?<what>committee)\b(?!\s+(?:of|on)\b)|\b(?:the\s+|a\s+(?:joint\s+)?(?:sitting|session)\s+of\s+)?(?<what>parliament|national assembly|senate|parliamentary (?:committee|panel|guidelines|recommendations|resolution))\b|\b(?<what>foreign secretary|interior ministry|interior minister|defence ministry|defense ministry)\b|\bthe\s+(?<what>foreign\s+minister)\b(?!\s*,?\s+(?-i:[A-Z]))|^\s*(?<what>protesters|demonstrators|police)\b|\b(?<what>lawmakers|legislators|parliamentarians|senators|congressmen)\b|\b(?<what>customs)\s+(?:officials?|authorities|officers?)\b|\bthe\s+(?<what>dgmo|director[- ]general\s+(?:of\s+)?military\s+operations)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnnamedInstitution();

    [GeneratedRegex(@"^\s+(?:border|frontier|side|territory|soil|airspace|region|province|capital|city|mountains|coast|television|tv|media|newspapers?|press|channels?)\b(?!\s+(?:guards?|police|forces|troops|officials?|security|patrols?|posts?|authorities))", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex GeographicNoun();

    [GeneratedRegex(@"\b(?:bordering|borders|adjoining|adjacent\s+to|close\s+to|near)\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Bordering();

    [GeneratedRegex(@"\b(?:from|inside|across|within)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex FromSoil();

    // "24 of its soldiers" is a part of a group, not a noun phrase naming another event.
    [GeneratedRegex(@"(?<!\b(?:\d[\d,]*|some|many|most|all|several|dozens|scores|hundreds|thousands|none|one|two|three|four|five|six|seven|eight|nine|ten)\s+)\b(?:for|of|over|about)\s+(?:the|its|their|his|her|a|an|[a-z]+ing)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex NounPhraseLink();

    [GeneratedRegex(@"\b(?:its|their)\s+(?:own\s+)?(?<noun>[a-z]+)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:deal|agreement|accord|understanding|permission|approval|pressure|plans?|efforts?|attempts?|bids?|push|chance|way|need|proposals?|offer|requests?|calls?|moves?|room|leeway|scope|mandate|freedom)\s+(?:not\s+)?to\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex NounInfinitive();

    [GeneratedRegex(@"^(?:\s+(?:has|have|had|was|were|is|are|did|will|would|set|shut|cut|put|[a-z]+ed)\b|\s*,\s*(?:which|who)\b)", RegexOptions.None, 10000)]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"^(?:[a-z]+ed|met|held|told|said|made|gave|sent|shut|cut|set|put|left|took|struck|fought|won|lost|kept|led|paid|sold|spoke|wrote|began|broke|brought|bought|drew|flew|froze|withdrew|threw|stood|came|went|saw|fell|rose|ran|found|heard|fled|shot|swept|burst)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"\b(?:demand|demands|demanded|insisted|insist|insists|urged|asked|requested)\s+that\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DemandedThat();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", RegexOptions.None, 10000)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b(?:which|that|who|whom)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativeWord();

    [GeneratedRegex(@"\b(?:who|which)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"^\s+between\s+the\s+two\s+(?:countries|sides|governments|allies|nations|neighbours|neighbors)\b(?!['’])", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex BetweenBothSides();

    [GeneratedRegex(@"^\s*(?:[a-z]+ed|shut|cut|set|held|kept|left)\b", RegexOptions.None, 10000)]
    private static partial Regex ParticipleLead();

    [GeneratedRegex(@"^\s*(?:[a-z]+ed|led|held|brought|put|set|written|drawn|taken)\b[^,]{0,60}\bby\s+[^,]{0,60}$", RegexOptions.None, 10000)]
    private static partial Regex AgentAside();

    [GeneratedRegex(@"^\s*[\w-]+\s+(?:the|this|that)\s+(?:move|decision|resolution|step|measure|action|bill|remarks|statement|report|plan|hearing)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ReferredMove();

    // "Two officers arrived in Peshawar": people the article has already said whose they are.
    [GeneratedRegex(@"^(?:officers|trainers|advisers|advisors|personnel)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnnamedGroup();

    [GeneratedRegex(@"\G(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|secretary|minister|ambassador|envoy|official|commander|chief|adviser|advisor|general|admiral|negotiator)(?:\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)?\s*,?\s+(?:(?:Lieutenant|Lt\.|Major|Maj\.|Brigadier|General|Gen\.|Admiral|Adm\.)\s+)*(?:[A-Z][a-z]+\s+){1,2}(?:[a-z]{2}-)?(?<surname>[A-Z][a-z'-]+)\b", RegexOptions.None, 10000)]
    private static partial Regex TitledName();

    [GeneratedRegex(@"\b(?:ambassador|envoy|high\s+commissioner|emissary)\s+(?:to|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PostedTo();

    [GeneratedRegex(@"\b(?:summit|conference|meeting|talks|session|forum|gathering|ceremony)\s+(?:(?:held|hosted|taking\s+place|to\s+be\s+held)\s+)?in\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Venue();

    [GeneratedRegex(@"\bunder\s+[""“]?(?:unprovoked|indiscriminate)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnderFire();

    [GeneratedRegex(@"\b(?:that|which)\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativeTail();

    [GeneratedRegex(@",\s*(?:saying|complaining|claiming|arguing|fearing)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SayingAside();

    [GeneratedRegex(@"^(?:an?|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?visit\s+to\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex VisitNoun();

    [GeneratedRegex(@"^(?:agreement|accord|deal|treaty|pact|memorandum),\s+(?:which\s+was\s+)?signed\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SignedDeal();

    [GeneratedRegex(@"\b(?:agreement|accord|deal|treaty|pact)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AgreementNoun();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ByAgent();

    [GeneratedRegex(@"\b(?:hoped|hopes|hoping|wished|wishes|tried|tries|trying|seeks|sought|seeking)\s+to\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Hoped();

    [GeneratedRegex(@"\b(?:will|shall|would|expected to|due to|plans? to|soon)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"\b(?:him|her)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"^\s+(?:late|early|on|in|at|for|again|today|yesterday|overnight|privately|briefly|twice|here|there|behind|until|till)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex IntransitiveMeeting();

    [GeneratedRegex(@"^\s*(?:in|during)\s+(?:a|an|the)\s+(?:[\w]+-[\w-]+\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackOf();

    [GeneratedRegex(@"^(?:\s+[\w-]+){0,3}?\s+(?:attack|strike|raid|airstrike|air strike|assault|bombing)s?\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackNoun();

    [GeneratedRegex(@"\b(?<who>[A-Z][\w.]*)\s+(?:(?:military|army|government|official|joint|internal)\s+)?(?:investigation|inquiry|probe|review)\b", RegexOptions.None, 10000)]
    private static partial Regex InquiryOwner();

    [GeneratedRegex(@"^\W*(?:the|its|their|that|an?)\s+(?:[\w-]+\s+)?(?:inquiry|investigation|probe|report|review|findings)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex InquiryLead();

    [GeneratedRegex(@"\b(?:made|gave|delivered|issued|offered)\s+(?:the|these|those|her|his|their|its)\s+(?:remarks|comments|statement|apology|pledge|offer|announcement)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Occasion();

    [GeneratedRegex(@"\broad\b", RegexOptions.None, 10000)]
    private static partial Regex OneRoad();

    [GeneratedRegex(@"\b(?<phone>telephoned|phoned)\s+", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Telephoned();

    [GeneratedRegex(@"^\W*(?:the|a|an)\s+(?!(?:investigation|inquiry|probe|review|report|statement)\b)[a-z]+", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OwnSubject();

    [GeneratedRegex(@"\b(?:was|were|been|being)\b", RegexOptions.None, 10000)]
    private static partial Regex BeInside();

    // " and directed that ... ": "and", then a verb (a word in -ed or one of a few irregular pasts) leading to the trigger.
    [GeneratedRegex(@"\band\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|gave|sent|made|took|held|met|spoke|wrote|called)\b(?=[^,;]*$)|\bbut\s+(?:[a-z]+ed|left|leaves)\b(?=[^,;]*$)", RegexOptions.None, 10000)]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"^[a-z]+ing\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex LeadingGerund();

    [GeneratedRegex(@"\band\s+(?:also\s+)?[a-z]{3,}ing\b(?=[^,;]*$)|\band\s+by\s+[a-z]{3,}ing\b", RegexOptions.None, 10000)]
    private static partial Regex AndGerund();

    [GeneratedRegex(@"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@",\s+[a-z]{3,}ing\b", RegexOptions.None, 10000)]
    private static partial Regex CommaGerund();

    [GeneratedRegex(@"^\W*(?:(?:after|when|since|before)\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:(?:attack|strike|airstrike|raid|assault)s?|helicopters|aircraft|jets|gunships|warplanes)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TheAttackSubject();

    [GeneratedRegex(@"\b(?<w>NATO|Nato|ISAF|U\.S\.|US|American|coalition|Pakistani|Afghan|Indian)(?:-led)?\s+(?:(?:air|helicopter|drone|missile|cross-border|border|military)\s+){0,2}(?:strike|attack|raid|airstrike|assault)s?\b", RegexOptions.None, 10000)]
    private static partial Regex PartyAttack();

    [GeneratedRegex(@"^\W*(?:they|the\s+two)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TheTwo();

    [GeneratedRegex(@"\G['’]s\s+(?:request|behest|invitation|insistence|urging)\b", RegexOptions.None, 10000)]
    private static partial Regex OnBehalf();

    [GeneratedRegex(@"^\W*(?:addressing|speaking\s+(?:to|at)|told)\s+(?:the\s+)?(?:crowd|rally|marchers|protesters|demonstrators|gathering|participants)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AddressingGathering();

    [GeneratedRegex(@"^\s*(?:[\w.'’-]+\s+){1,4}later\s+(?!(?:this|that|next|in|on)\b)[a-z]+\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Later();

    [GeneratedRegex(@"\btold\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Told();

    [GeneratedRegex(@"\b(?:the|its|their|his|her)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttributiveYear();

    [GeneratedRegex(@"^\s+[A-Za-z]")]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\b(?:conference|summit|talks|meeting|games|tournament)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Gathering();

    [GeneratedRegex(@"^\s*(?:(?!(?:of|for|in|on|at|to|with|after|from|by|and|or)\b)[a-z-]+\s*){0,3}[\s,]*$", RegexOptions.None, 10000)]
    private static partial Regex OwnedThing();

    [GeneratedRegex(@"^\s*(?:at\s+least\s+|nearly\s+|about\s+|some\s+|more\s+than\s+)?(?:\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten)\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CountedObject();

    [GeneratedRegex(@"\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|parliament)|announced|confirmed|claimed|added)\s+(?:on\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SaidOn();

    [GeneratedRegex(@"^\s*(?:at\s+least\s+|nearly\s+|about\s+|some\s+|more\s+than\s+)?(?:\d[\d,]*|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:its|their|his|her|our)\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|people|civilians|men|policemen|militants|guards)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CountedVictims();

    [GeneratedRegex(@"\b(?:until|unless|if|once)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Condition();

    [GeneratedRegex(@"^\s*(?:if|unless|until|once)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ConditionAfter();

    [GeneratedRegex(@"\b(?:if|unless)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ConditionWord();

    [GeneratedRegex(@"\b(?:should|could|would|may|might)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex MaybeLead();

    [GeneratedRegex(@"\bapolog(?:y|ies|i[sz]e)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ApologyAsked();

    [GeneratedRegex(@"^\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d[\d,]*|dozens\s+of|scores\s+of)\s+(?:soldiers|troops|servicemen|border\s+guards|policemen)\b|^\s+(?:two|three|several|\d+|the|its)\s+(?:army|military|border)\s+(?:posts|checkpoints|outposts)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnnamedSoldiers();

    [GeneratedRegex(@"\b(?:minister|spokesman|spokeswoman|spokesperson|secretary|ambassador|envoy|adviser|advisor)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OfficialTitle();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:military|army)(?:['’]s\s+(?:media\s+wing|press\s+(?:office|wing)|public\s+relations\s+(?:wing|department)))?|foreign\s+(?:office|ministry)|(?:defence|defense|interior)\s+ministry|government|(?:foreign\s+office|foreign\s+ministry|government|official)?\s*statement)(?:\s+in\s+a\s+statement)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex HomeInstitution();

    [GeneratedRegex(@"^(?:(?:had|has|have)\s+been|was|were)\s", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PassiveTold();

    [GeneratedRegex(@"\bboth\s+(?:sides|countries|forces)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex BothSidesAtFault();

    [GeneratedRegex(@"(?:\b(?:since|after|at\s+the\s+time\s+of)\s+|^\W*)the\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|raid|incident|killings?)[\s,]*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SinceAttack();

    [GeneratedRegex(@"\b(?:against|over|at|about)\s+(?:the|these|those|such)\s+(?<kind>(?:[\w-]+\s+){0,2}?)(?:attacks|strikes|airstrikes|raids|bombings|killings)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AgainstAttacks();

    [GeneratedRegex(@"\b(?:that|which|who)\s+\w+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativePronoun();

    [GeneratedRegex(@",\s+(?:in|during|at)\s+(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}(?:call|conversation|statement|interview|meeting|speech|news\s+conference|press\s+conference|visit)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OccasionAside();

    [GeneratedRegex(@"^\s*[\w-]+\s+(?:the|this|that|its|their)\s+(?:(?:start|launch|signing|conclusion|implementation)\s+of\s+(?:the|this|that|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:reopening|decision|move|vote|step|review|resumption|release|agreement|deal|apology|payment|aid|visit|signing|accord|pact|memorandum)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex WelcomedAct();

    [GeneratedRegex(@"\banti-(?<w>[A-Z][a-z]+)\b|\b(?<slogans>slogans)\s+against\s+(?:the\s+)?(?<w>(?:United\s+States|[A-Z][\w.]+))", RegexOptions.None, 10000)]
    private static partial Regex AntiSide();

    [GeneratedRegex(@"^\s*(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+(?:only\s+)?", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OwnAccount();

    [GeneratedRegex(@"\G\s+(?:the\s+)?(?<w>[A-Z][\w.]+)\s+side\b", RegexOptions.None, 10000)]
    private static partial Regex FromSide();

    [GeneratedRegex(@"^\s+across\s+the\s+border\b", RegexOptions.None, 10000)]
    private static partial Regex AcrossBorder();

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:(?:is|was)\s+an?\s+)?(?:attack|strike|air\s?strike|raid|incident)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TheAttack();

    [GeneratedRegex(@"\b(?:it|they|he|she)\s+(?:has|have|had)\s+(?:[a-z]+\s+){1,3}$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ZeroRelative();

    [GeneratedRegex(@"\b(?:that|which)\s+(?:[\w.'’-]+\s+){0,3}?(?!(?:ended|began|lasted|concluded|started|opened|finished|continued|resumed|followed|happened|occurred)\b)(?:[a-z]{2,}ed|built|made|broke|took|held|fought|won|lost|set|led|grew|fell|rose)\b[^,;]*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativeWithVerb();

    [GeneratedRegex(@"^(?:attacks?|strikes?|airstrikes?|raids?|bombings?|assault)$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackWord();

    [GeneratedRegex(@"^[\w-]+\s+it\b|\bto\s+(?:any\s+)?(?:future\s+|further\s+|such\s+)?(?:attacks?|strikes?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ItObject();

    [GeneratedRegex(@"\b(?:is|are|remains?|has\s+been|have\s+been|stands?|sits?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PresentMain();

    [GeneratedRegex(@"^\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?review\s+of\b|^\s*(?:to\s+)?apologi[sz]e\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ReviewOrApology();

    [GeneratedRegex(@"\b(?:in|at|near|from|to)\s+(?<city>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}),\s*$", RegexOptions.None, 10000)]
    private static partial Regex CityThenCountry();

    [GeneratedRegex(@"\b(?:cross|crosses|crossed|crossing|pass|passes|passed|passing|travel|travels|travelled|traveled|moved|move|moves|shipped|ship|ships|flow|flows|flowed)\s+(?:into|through|across|to)\s+(?:the\s+)?$|\bout\s+of\s+(?:the\s+)?$")]
    private static partial Regex Crossing();

    [GeneratedRegex(@"^\s+(?:supply|supplies|convoys?|trucks?|containers?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SupplyModifier();

    [GeneratedRegex(@"['’]s\s+$", RegexOptions.None, 10000)]
    private static partial Regex Possessor();

    [GeneratedRegex(@"\b(?:in|at|into|near|from|across|inside|throughout)\s+(?:the\s+)?$")]
    private static partial Regex Locative();

    [GeneratedRegex(@"\b(?:in|at|to|into|near|from|on|city of|town of|province of|streets of|outskirts of)\s+(?:the\s+)?$")]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"\b(?:not|never|no|n't|without|failed to|refused to|refusal to|refusing to|declined to|reluctance to)\b(?:\s+\w+){0,3}\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:denied|denies|rejected claims)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:will|shall|plans? to|planning to|intends? to|is to|are to|expected to|(?:is|are|was|were)\s+due\s+to|scheduled to|hopes? to|hoped to|would)\b(?:\s+\w+){0,2}\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:if|unless|could|might|may)\b(?:\s+\w+){0,3}\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Hypothesis();

    [GeneratedRegex(@"\b(?:if|unless)\b(?:\s+\w+){0,3}\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ConditionLead();

    [GeneratedRegex(@"\b(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?(?:move|decision|step|measure)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex MoveNoun();

    [GeneratedRegex(@"\b(?:claimed|claims|alleged|allegedly)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Claim();

    [GeneratedRegex(@"^[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([A-Za-z]+\))?\s*[:—–-]\s*")]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:sent|deployed|posted|dispatched|closed|shut|blocked|suspended|killed|attacked|expelled|reopened|signed)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PassiveTrigger();

    [GeneratedRegex(@"\b(?:officials|delegat\w*|diplomats|troops|soldiers|forces|ministers?|envoys?|representatives|negotiators|leaders|counterparts)\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PeopleFrom();

    [GeneratedRegex(@"\b(?:for|of|over|about|against|on|into|by|at)\s+(?:(?:a|an|the|its|their|his|her|last|this)\s+|[\w]+['’]s\s+){1,3}$|\bwith\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$", RegexOptions.None, 10000)]
    private static partial Regex InsideObject();

    [GeneratedRegex(@"\b(?:told|telephoned|phoned|called|wrote to|urged|asked|assured|informed|met|spoke to|spoke with|warned|raised|discussed|took up|talked)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TellingVerb();

    [GeneratedRegex(@"^\s*[""“]?(?:(?:the|a|an|its|their|his|her|this|that|such|these|those)\s+)?(?<kind>(?:[\w-]+\s+){0,2}?)(?<n>attacks?|strikes?|airstrikes?|raids?|killings?|deaths|bombings?|assault|incident|release|closure|blockade|apology|visit|talks|meeting|boycott)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CauseNoun();

    [GeneratedRegex(@"^(?:[a-z]+ed|shot|hit|struck|sent|shut|held|seized|set|cut|made|taken|given|thrown|driven)\b")]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b(?:the two|the three|both|all three)\s+(?:sides|countries|governments|nations|delegations|militaries|armies|men|leaders|presidents|ministers|officials|envoys|generals|commanders|chiefs)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex BothSides();

    [GeneratedRegex(@"\b(?:posts?|checkpoints?|check\s*posts?|outposts?|bases?|garrisons?|positions)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex MilitaryPost();

    [GeneratedRegex(@"^\s*(?:\w+\s+)?(?:led|prompted|forced|caused|pushed|triggered|drove)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CausalLead();

    // "rejected the accusation": the reaction is to the last accusation (or demand) told of.
    [GeneratedRegex(@"\b(?:the|that|this|these|those)\s+(?:\w+\s+)?(?<n>accusations?|charges?|allegations?|claims?|findings|report|demands?|requests?|account|version|inquiry|investigation|probe)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ChargeNoun();

    [GeneratedRegex(@"\b(?<w>shortly|soon|immediately|just|hours|days|day|morning|evening|night)\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SoonAfter();

    [GeneratedRegex(@"\b(?<owner>[A-Z][\w.]*?)(?:'s|’s)\s+(?i:parliament|national\s+assembly|senate|congress|lawmakers|legislators)\b|\b(?<owner>[A-Z][\w.]*)\s+(?:[\w-]+\s+){1,6}?(?i:its\s+parliament)\b|\b(?<owner>Pakistani|American|U\.S\.|US|Afghan|Indian|British)\s+(?i:parliament|lawmakers|legislators|senators|congressmen)\b", RegexOptions.None, 10000)]
    private static partial Regex LegislatureOwner();

    [GeneratedRegex(@"^\s*(?:(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours\s+(?:later|earlier)|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|evening|night|afternoon)|(?:later|earlier)\s+in\s+the\s+day|that\s+morning|by\s+(?:the\s+)?(?:evening|nightfall|afternoon|night)|that\s+(?:evening|afternoon|night)|within\s+hours)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SameDayLead();

    [GeneratedRegex(@"\bwithin\s+(?:a\s+few\s+|two\s+|three\s+|several\s+)?hours\b(?!\s+of\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex WithinHours();

    [GeneratedRegex(@"^(?:talks|meetings?|discussions|negotiations|consultations)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ContactNoun();

    [GeneratedRegex(@"\b(?:told|tells|telling|informed|informs|assured|assures)\s+(?:(?:U\.S\.|US|American|Pakistani|Afghan|NATO|Nato)\s+)?$", RegexOptions.None, 10000)]
    private static partial Regex SpokenTo();

    [GeneratedRegex(@"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?(?:told|informed|warned|reminded)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex WasTold();

    [GeneratedRegex(@"^\s+the\s+(?:general|admiral|minister|ambassador|envoy|senator|spy\s+chief|army\s+chief|diplomat)\b(?!\s*['’]s)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TitleObject();

    [GeneratedRegex(@"\b(?:hatched|planned|plotted|organi[sz]ed|masterminded)\s+(?:in|from|across)$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PlottedIn();

    [GeneratedRegex(@"^\s*(?:he|she|(?:his|her)\s+(?:government|country|ministry|army))\s+(?!(?:is|was)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PersonSubject();

    [GeneratedRegex(@"\b(?:protesters|demonstrators|crowds?|marchers|students|tribesmen|activists|mourners)\s+(?:who|which)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CrowdWho();

    [GeneratedRegex(@"\bapologi[sz]", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Apologise();

    [GeneratedRegex(@"^\s+that\b", RegexOptions.None, 10000)]
    private static partial Regex DateThenThat();

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SinceBefore();

    [GeneratedRegex(@"\bfirst\b(?:\s+[\w.-]+){0,12}\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex FirstSince();

    [GeneratedRegex(@"^\s*(?:In|At|From)\s+(?<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),", RegexOptions.None, 10000)]
    private static partial Regex OpeningPlace();

    [GeneratedRegex(@"^Q\s*[:.]\s", RegexOptions.None, 10000)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^(?:(?:about|around|at)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hours|hrs)?$|^(?:noon|midnight)$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ClockTime();

    // "REHMAN:", "MR. LITTLE:", "AMBASSADOR REHMAN:" opening an answer in a transcript ("Q:" is the question).
    [GeneratedRegex(@"^(?:(?:MR|MS|MRS|DR|GEN|GENERAL|ADM|ADMIRAL|SEN|SENATOR|SECRETARY|AMBASSADOR|MINISTER)\.?\s+)?(?:[A-Z][A-Z'’-]+\s+)?(?<surname>[A-Z][A-Z'’-]{2,})\s*:\s", RegexOptions.None, 10000)]
    private static partial Regex SpeakerLabel();

    // ", Pakistan's ambassador to the United States", ", Spokesperson, US Department of State": up to the end of its line.
    [GeneratedRegex(@"^\s*,\s*(?:the\s+|a\s+|an\s+)?[^.;\n]{1,70}", RegexOptions.None, 10000)]
    private static partial Regex Apposition();

    // "we", "our", "us", "I", and the speaker's own chief ("the Secretary spoke this morning with ...").
    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|us|I|(?<=\b[Tt]he\s)(?:Secretary|President|Prime\s+Minister|Minister))\b", RegexOptions.None, 10000)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\s+(?:agency|district|tribal\s+(?:agency|area|region|district)|province|region|valley)$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AdminWord();

    [GeneratedRegex(@"\b(?:tankers|trucks|lorries|containers|convoys|oil\s+tankers|supply\s+vehicles)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SupplyVehicles();

    [GeneratedRegex(@"^\s*to\s+[a-z]+\b", RegexOptions.None, 10000)]
    private static partial Regex InfinitiveLead();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|session)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex GatheringModifier();

    [GeneratedRegex(@"\bin\s+(?:anger|fury|outrage)\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex InAnger();

    // "the U.S. is sorry": words of apology, whose party is the one apologising ("Pakistan's sovereignty should be respected" is not)
    [GeneratedRegex(@"\b(?:sorry|apologi[sz]|regret)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Apology();

    [GeneratedRegex(@"\b(?:has|have|had(?!\s+to\b)|'s\s+been|'d|will|would|could|should|might|may|must|shall|can|is|are|am|been|says|(?<!\bto\s)say)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TimeShifter();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:counterpart|minister|president|premier|envoy|ambassador|chief|secretary|spokesman|spokeswoman),\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TitleApposition();

    [GeneratedRegex(@"\bcondolences?\s+(?:\w+\s+){0,3}?(?:for|over|on)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex CondolencesFor();

    [GeneratedRegex(@"\bno\s+(?:indication|sign|evidence|suggestion|word)\s+that\b[^.;]*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex NoSignThat();

    [GeneratedRegex(@"\b(?:unprovoked|blatant|deliberate|wanton)\s+(?:and\s+\w+\s+)?(?:attack|aggression|assault|firing|fire|strike)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnprovokedAttack();

    [GeneratedRegex(@"\b(?:must|should|will|would|cannot|can|could|won['’]t|wouldn['’]t)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ConditionModal();

    [GeneratedRegex(@"\b(?:had|has|have|was|were|did|\w{2,}ed)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DoneVerb();

    // "Q: And Shamsi? Will U.S. personnel leave by the deadline?": a reporter's question in a transcript asks too.
    [GeneratedRegex(@"^\W*(?:q\s*:\s*)?(?:[^.!?]{0,40}\?\s+)?(?:why|what|how|when|where|who|which|is|are|was|were|will|would|can|could|did|does|do|has|have|should)\b(?:[^.!]|\.(?=\w|\s+[a-z]))*\?\W*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Question();

    [GeneratedRegex(@"^(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b", RegexOptions.None, 10000)]
    private static partial Regex DenialTrigger();

    [GeneratedRegex(@"\G[\s\-—–]*(?<m>[Tt]he\s+country)\b(?=\s+(?:has|had|have|is|was|will|would|[a-z]+ed)\b)", RegexOptions.None, 10000)]
    private static partial Regex TheCountrySubject();

    [GeneratedRegex(@"^coalition\s+(?:aircraft|helicopters|jets|warplanes|gunships)$", RegexOptions.None, 10000)]
    private static partial Regex CoalitionForces();

    [GeneratedRegex(@",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:incident|move|decision|step|development|episode|event|blow|setback)\s+(?:that|which)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\b(?:(?:in|during|over)\s+(?:a|an|her|his|their|its|the)\s+(?<phone>telephone|phone)\s+(?:call|conversation)|during\s+(?:a|an|her|his|their|its)\s+(?:meeting|talks))\s+(?:to|with)\s+", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ContactWith();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:helicopters|aircraft|jets|drones|warplanes|gunships|planes)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AircraftAfter();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air\s?strikes?|incident|raids?|killings|deaths|shootings?|bombings?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackAfter();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\- ]{2,30}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)]{1,30}\))?\s*(?:[—–]|--|:)\s", RegexOptions.None, 10000)]
    private static partial Regex ItemDateline();

    [GeneratedRegex(@"\b(?:gunmen|militants|insurgents|attackers|extremists|(?:hardline|militant|religious|islamist|extremist)\s+(?:[\w-]+\s+)?(?:groups|parties|organi[sz]ations))\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnnamedArmedGroup();

    [GeneratedRegex(@"\bthey\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TheyWord();

    [GeneratedRegex(@"^\s*(?:that\s+)?(?:it|they|we)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex SpeakerPronoun();

    [GeneratedRegex(@"^(?:endorsed|endorses|approved|approves|ratified|ratifies|backed|backs)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Endorsement();

    [GeneratedRegex(@"^\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:closure|closing|decisions?|order|move|recommendations|guidelines|steps|measures|blockade|boycott)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OwnActObject();

    [GeneratedRegex(@"\d{4}", RegexOptions.None, 10000)]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"\b(?:foreign(?!\s+(?:office|ministry|minister|secretary|affairs)\b)|western|american|u\.s\.|us|nato|afghan|coalition)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ForeignSpeaker();

    [GeneratedRegex(@"\b(?:military|army|general|colonel|brigadier|major)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex MilitarySpeaker();

    [GeneratedRegex(@"\b(?:has|have|had)\s+since\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex HasSince();

    [GeneratedRegex(@"\b(?:until|till|through|up\s+to)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Until();

    [GeneratedRegex(@"^(?:routes?|roads?|border|crossings?|supply|lines|closure|blockade)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RouteSubject();

    [GeneratedRegex(@"\b(?:routes?|roads?|border|crossings?|supply|supplies|lines)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RouteWord();

    [GeneratedRegex(@"\b(?:drones?|missiles?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DroneOrMissile();

    [GeneratedRegex(@"\b(?<w>U\.S\.|US|American|America|CIA|Washington)(?:'s|’s)?\s+(?:[a-z-]+\s+)?drones?\b", RegexOptions.None, 10000)]
    private static partial Regex DroneOwner();

    [GeneratedRegex(@"\G(?:aircraft|helicopters?|jets?|drones?|warplanes?|gunships?)\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AircraftOf();

    [GeneratedRegex(@"\b(?:the|its|their|his|her)\s+first\s+(?:time|occasion)\s+(?:that\s+|since\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex FirstTime();

    [GeneratedRegex(@"^\s*(?:he|she)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PersonPronoun();

    [GeneratedRegex(@"^\s*(?:it|they)\s+(?!(?:is|was|were|are)\b)", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ItSubject();

    // "It has closed ...", "By the afternoon it had accused ...", "the army said they ...": a pronoun opens the clause.
    [GeneratedRegex(@"^\s*(?:(?:but|and|yet|still|however,?)\s+)?(?:(?:by|on|in|at|within|later|earlier)\b(?:\s+(?:the|that|this|a|an))?(?:\s+[\w'-]+){0,2}\s*,?\s+)?(?:(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:said|says|added)\s+(?:that\s+)?)?(?:it|they|he|she|the\s+leaders)\s+(?:\w+\s+){0,3}$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PronounLead();

    // "demanded that the United States vacate the base": what is demanded is no event of its own
    [GeneratedRegex(@"^\s*that\s+(?:the\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ComplementLead();

    [GeneratedRegex(@"\bbetween\s+(?:the\s+)?$|\bbetween\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex BetweenLead();

    [GeneratedRegex(@"^(?:(?:was|were|is|are)\s+(?:behind|to\s+blame)|(?:operated|operates|acted|acts)\s+as)\b")]
    private static partial Regex BehindTrigger();

    [GeneratedRegex(@"\b(?:said|says|told|charged|alleged|claimed|insisted|(?:made|been)\s+(?:it\s+)?(?:very\s+)?clear)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ReportingVerb();

    // " drone strikes in Pakistan's tribal areas ", "'s absence ": the rest of a subject that names acts of the party before it.
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?(?:strikes|attacks|raids|airstrikes|bombings|operations|campaign|absence|refusal|conduct|decision|actions|behaviou?r)\b(?:\s+(?:in|on|against|inside)\b[^,;]{0,80}?)?\s*$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OwnedAttacks();

    [GeneratedRegex(@",(?=\s+(?:also\s+)?(?:told|said|met|urged|called|warned|asked|accused|demanded|rejected|insisted|added|(?!(?:based|named|located|aged|armed|stationed|deployed|known|led|backed|funded|supported|accompanied|dressed|aimed|designed|used|owned|killed|wounded|injured)\b)[a-z]{3,}ed)\b)", RegexOptions.None, 10000)]
    private static partial Regex RelativeEnd();

    [GeneratedRegex(@"\b[A-Z][\w.'’-]*\s*$", RegexOptions.None, 10000)]
    private static partial Regex EndsWithName();

    [GeneratedRegex(@"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Casualties();

    // "that the attacks were", "\"These strikes are": attacks named as the subject of a verb.
    [GeneratedRegex(@"\b(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|airstrikes?|bombings?)\s+(?:are|were|is|was|have|has|had|remain|remained|raise|raised|constitute|constituted|amount|amounted)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttacksSubject();

    [GeneratedRegex(@"\b(?:attacks?|strikes?|airstrikes?|raids?|bombings?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttacksNamed();

    [GeneratedRegex(@"\b(?:say|says|said|claim|claims|claimed)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Says();

    [GeneratedRegex(@"^\s+(?:that\s+)?(?:the\s+)?(?:helicopters?|aircraft|jets?|warplanes?|gunships?|planes?)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex UnnamedAircraft();

    [GeneratedRegex(@"^\s*(?:it|he|she|they)\s+(?:also\s+)?[a-z]+ed\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PronounPast();

    [GeneratedRegex(@"^\s+(?:the|its|his|her|their)\s+(?:own\s+)?(?:armed forces|army|military|police|troops|soldiers|people|nation|government|parliament|judiciary|courts?|cabinet|cabinet's|committee|ministers?|foreign office|foreign ministry|interior ministry|defen[cs]e ministry)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OwnInstitution();

    [GeneratedRegex(@"\b(?:Republican|Democratic|Democrat)\s+(?:(?:US|U\.S\.)\s+)?(?:congressman|congresswoman|senator|representative|lawmaker|legislator)(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?<surname>[A-Z][a-z'-]{2,}))?\b", RegexOptions.None, 10000)]
    private static partial Regex UsLegislator();

    [GeneratedRegex(@"^(?:blames|accuses|holds)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex StandingView();

    [GeneratedRegex(@"\b(?:of|\d+)\s+(?:[a-z]+\s+)?(?:soldiers|troops|people|civilians|men|women|children|policemen|militants|personnel|officers|guards)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ReducedPassive();

    // "soldiers killed in a strike", "soldiers killed a year ago when NATO aircraft attacked"
    [GeneratedRegex(@"^\s+(?:(?:a|an|one|two|three|four|five|six|\d+|last|this|that|years?|months?|weeks?|days?|ago|earlier)\s+){0,3}(?:in|by|during|when)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AgentLead();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PassiveLead();

    [GeneratedRegex(@"\s(?:to|at)\s*$", RegexOptions.None, 10000)]
    private static partial Regex AgentPreposition();

    [GeneratedRegex(@"^(?:The|That|This|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,3}?(?<noun>raid|strike|airstrike|attack|assault|bombing|decision|move|closure|boycott|meeting|talks|visit|remarks|comments|statement|warning)\b")]
    private static partial Regex BackReference();

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:decision|move|step)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ReactionTo();

    [GeneratedRegex(@"^P(?<n>\d{1,3})(?<unit>[DWMY])$")]
    private static partial Regex SimplePeriod();

    [GeneratedRegex(@",\s*[a-z]+ing$")]
    private static partial Regex TrailingParticiple();

    [GeneratedRegex(@"^(?:and|but|also|then|so)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();
}
