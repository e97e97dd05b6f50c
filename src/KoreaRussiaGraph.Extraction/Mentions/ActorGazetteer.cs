using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction.Text;

namespace KoreaRussiaGraph.Extraction.Mentions;

/// <summary>How a surface form names an actor.</summary>
public enum NameForm { Alias, Metonym, Demonym }

/// <summary>One surface form of an actor, valid over an optional interval of partial dates.</summary>
public sealed record NameEntry(string ActorId, string Text, NameForm Form, PartialDate? From, PartialDate? To)
{
    /// <summary>Whether the form named this actor at the given date (unknown date: only open-ended forms count).</summary>
    public bool ValidAt(PartialDate? date) => Overlaps(From, To, date);

    /// <summary>Whether a date overlaps the interval [from, to] of partial dates (unknown date: only an open-ended interval).</summary>
    internal static bool Overlaps(PartialDate? from, PartialDate? to, PartialDate? date) => date is null
        ? to is null
        : (from is null || date.Value.End >= from.Value.Start) && (to is null || date.Value.Start <= to.Value.End);
}

/// <summary>A war a state wages on another's territory from a date ("wars" in actors.json): russia on ukraine from 2014-02.</summary>
public sealed record War(string AggressorId, string TheatreId, PartialDate? From, PartialDate? To)
{
    public bool WagedAt(PartialDate? date) => NameEntry.Overlaps(From, To, date);
}

/// <summary>A title held for a state over an interval ("leader" of north-korea from 2011-12).</summary>
public sealed record Office(string HolderId, string Title, string StateId, PartialDate? From, PartialDate? To)
{
    public bool HeldAt(PartialDate? date) => date is null
        ? To is null
        : (From is null || date.Value.Start >= From.Value.Start) && (To is null || date.Value.Start < To.Value.Start);
}

/// <summary>graph-schema/actors.json: the known actors with aliases, metonyms, demonyms, offices, countries.</summary>
public sealed class ActorGazetteer
{
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, string> _country;
    private readonly Dictionary<string, string> _leads;
    private readonly Dictionary<(string, string), string> _actingOrgans = [];
    private readonly Dictionary<string, string> _speaksFor = [];
    private readonly List<War> _wars = [];

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<NameEntry> Names { get; }
    public IReadOnlyList<Office> Offices { get; }

    private ActorGazetteer(IReadOnlyList<Actor> actors, IReadOnlyList<NameEntry> names, IReadOnlyList<Office> offices,
        Dictionary<string, string> country, Dictionary<string, string> leads)
    {
        Actors = actors;
        _actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Names = names;
        Offices = offices;
        _country = country;
        _leads = leads;
    }

    public Actor? Find(string id) => _actors.GetValueOrDefault(id);

    /// <summary>The state a person or place belongs to; a state is its own country.</summary>
    public string? CountryOf(string id) => _country.TryGetValue(id, out var c) ? c : Find(id)?.Kind == ActorKind.State ? id : null;

    /// <summary>The state whose regime a person heads ("the Kim regime").</summary>
    public string? StateLedBy(string id) => _leads.GetValueOrDefault(id);

    public IEnumerable<Office> OfficeHolders(string stateId, string title, PartialDate? date) =>
        Offices.Where(o => o.StateId == stateId && string.Equals(o.Title, title, StringComparison.OrdinalIgnoreCase) && o.HeldAt(date));

    /// <summary>
    /// The organ that performs a relation of this type for an actor, when the actor's name stands for it
    /// ("UN sanctions" are the Security Council's); the actor itself otherwise.
    /// </summary>
    public string ActingOrgan(string id, string type) => _actingOrgans.GetValueOrDefault((id, type), id);

    /// <summary>The state a spokesperson or envoy stands for (Peskov -> russia), or null.</summary>
    public string? SpeaksFor(string id) => _speaksFor.GetValueOrDefault(id);

    private IReadOnlyDictionary<string, string> _pronouns = new Dictionary<string, string>();

    /// <summary>The personal pronoun ("he", "she") that refers to a person the gazetteer knows; null for anyone else.</summary>
    public string? PronounOf(string id) => _pronouns.GetValueOrDefault(id);

    /// <summary>The state waging war on this state's territory at the date, or null.</summary>
    public string? AggressorIn(string theatreId, PartialDate? date) => _wars.FirstOrDefault(w => w.TheatreId == theatreId && w.WagedAt(date))?.AggressorId;

    /// <summary>The one state an aggressor wages war on at the date, or null (none, or more than one).</summary>
    public string? TheatreOf(string aggressorId, PartialDate? date) =>
        _wars.Where(w => w.AggressorId == aggressorId && w.WagedAt(date)).Select(w => w.TheatreId).Distinct().ToArray() is [var only] ? only : null;

    /// <summary>Whether the gazetteer lists an office this person holds or held (a leader, a minister).</summary>
    public bool HoldsOffice(string personId) => Offices.Any(o => o.HolderId == personId);

    public IEnumerable<string> OfficeTitles => Offices.Select(o => o.Title).Distinct(StringComparer.OrdinalIgnoreCase);

    public static ActorGazetteer Load(GraphSchemaDirectory schema)
    {
        var file = VocabularyJson.Load<File>(schema, "actors.json");
        var actors = new List<Actor>();
        var names = new List<NameEntry>();
        var offices = new List<Office>();
        var country = new Dictionary<string, string>(StringComparer.Ordinal);
        var leads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in file.Actors)
        {
            if (!Enum.TryParse<ActorKind>(a.Kind, ignoreCase: true, out var kind))
                throw new InvalidDataException($"actors.json: actor '{a.Id}' has unknown kind '{a.Kind}'");
            var aliases = a.Aliases ?? [];
            actors.Add(new Actor(a.Id, a.Name, kind, aliases.Select(x => x.Text).Concat(a.Metonyms ?? []).Distinct().ToArray(), a.WikidataId, a.Description));
            names.Add(new NameEntry(a.Id, a.Name, NameForm.Alias, null, null));
            names.AddRange(aliases.Select(x => new NameEntry(a.Id, x.Text, NameForm.Alias, ParseDate(x.From, a.Id), ParseDate(x.To, a.Id))));
            names.AddRange((a.Metonyms ?? []).Select(m => new NameEntry(a.Id, m, NameForm.Metonym, null, null)));
            names.AddRange((a.Demonyms ?? []).Select(d => new NameEntry(a.Id, d, NameForm.Demonym, null, null)));
            offices.AddRange((a.Offices ?? []).Select(o => new Office(a.Id, o.Title, o.Of, ParseDate(o.From, a.Id), ParseDate(o.To, a.Id))));
            if (a.Country is not null) country[a.Id] = a.Country;
            if (a.Leads is not null) leads[a.Id] = a.Leads;
        }
        var pronouns = file.Actors.Where(a => a.Pronoun is not null).ToDictionary(a => a.Id, a => a.Pronoun!.ToLowerInvariant(), StringComparer.Ordinal);
        // "Russia's top diplomat" holds the office "foreign minister" names
        foreach (var (synonym, title) in file.OfficeSynonyms ?? [])
            offices.AddRange(offices.Where(o => string.Equals(o.Title, title, StringComparison.OrdinalIgnoreCase)).ToArray().Select(o => o with { Title = synonym }));
        var gazetteer = new ActorGazetteer(actors, names.DistinctBy(n => (n.ActorId, n.Text, n.Form, n.From, n.To)).ToArray(), offices, country, leads) { _pronouns = pronouns };
        foreach (var a in file.Actors)
        {
            if (a.SpeaksFor is { } spoken)
                gazetteer._speaksFor[a.Id] = gazetteer.Find(spoken)?.Kind == ActorKind.State ? spoken
                    : throw new InvalidDataException($"actors.json: actor '{a.Id}' speaks for '{spoken}', which is no state");
            foreach (var (type, organ) in a.ActsThrough ?? [])
            {
                if (gazetteer.Find(organ) is null) throw new InvalidDataException($"actors.json: actor '{a.Id}' acts through unknown actor '{organ}'");
                gazetteer._actingOrgans[(a.Id, type)] = organ;
            }
            foreach (var w in a.Wars ?? [])
                gazetteer._wars.Add(gazetteer.Find(w.On)?.Kind == ActorKind.State ? new War(a.Id, w.On, ParseDate(w.From, a.Id), ParseDate(w.To, a.Id))
                    : throw new InvalidDataException($"actors.json: actor '{a.Id}' wages war on '{w.On}', which is no state"));
        }
        return gazetteer;
    }

    private static PartialDate? ParseDate(string? text, string actor) =>
        text is null ? null : PartialDate.TryParse(text, out var d) ? d : throw new InvalidDataException($"actors.json: actor '{actor}' has bad date '{text}'");

    [JsonConverter(typeof(AliasConverter))]
    private sealed record AliasEntry(string Text, string? From = null, string? To = null);

    private sealed record OfficeEntry(string Title, string Of, string? From, string? To);

    private sealed record WarEntry(string On, string? From, string? To);

    private sealed record ActorEntry(string Id, string Name, string Kind, AliasEntry[]? Aliases, string[]? Metonyms, string[]? Demonyms,
        OfficeEntry[]? Offices, string? Country, string? Leads, string? WikidataId, string? Description, Dictionary<string, string>? ActsThrough, string? SpeaksFor,
        WarEntry[]? Wars, string? Pronoun);

    private sealed record File(ActorEntry[] Actors, Dictionary<string, string>? OfficeSynonyms);

    /// <summary>An alias is a plain string or { text, from, to }.</summary>
    private sealed class AliasConverter : JsonConverter<AliasEntry>
    {
        public override AliasEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String) return new AliasEntry(reader.GetString()!);
            using var doc = JsonDocument.ParseValue(ref reader);
            var e = doc.RootElement;
            string? Get(string n) => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new AliasEntry(Get("text") ?? throw new JsonException("alias object needs 'text'"), Get("from"), Get("to"));
        }

        public override void Write(Utf8JsonWriter writer, AliasEntry value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
