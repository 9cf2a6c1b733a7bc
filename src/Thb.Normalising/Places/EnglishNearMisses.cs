namespace Thb.Normalising.Places;

/// <summary>
/// English words (from a standard American English word list) that are within the typo distance of a word of a
/// country alias and would otherwise be "corrected" into it: "Hungry" is not Hungary, "Swedes" not Sweden,
/// "Granada" not Grenada, "Georgina" not Georgia, "Indiana" not India. Listed words are never typo-corrected.
/// Deliberately not listed, because in these returns they are misspellings: Columbia (Colombia), Lichtenstein
/// (Liechtenstein), Kirghistan (Kyrgyzstan). Regenerate when country aliases change (see the test
/// <c>NoEnglishNearMissIsCorrected</c>).
/// </summary>
internal static class EnglishNearMisses
{
    internal static readonly string[] Words =
    [
        "administrate", "administrating", "administratively", "americana", "americanizes", "americans", "angela",
        "angora", "antarctic", "ascensions", "australasia", "bahama", "benign", "bonfire", "bonnie", "brunet",
        "brutish", "calicos", "cameroons", "caribbeans", "centrals", "chicle", "chiles", "chilis", "chilli",
        "christians", "christmases", "christoper", "christopher", "cliques", "coasts", "cocoas", "commonwealths",
        "confederating", "confederations", "consideration", "costar", "dominic", "dominick", "douche", "easter",
        "easters", "emigrate", "emigrates", "falklands", "federates", "federations", "fiance", "firmer", "forger",
        "formed", "frances", "franchise", "franchisees", "franchisers", "franchises", "franck", "franco", "francoise",
        "francs", "gables", "galled", "galley", "galleys", "gamble", "george", "georgina", "germane", "gibraltars",
        "granada", "grandee", "grander", "grange", "greats", "greene", "grenade", "grenadiers", "guernseys",
        "guinean", "guineas", "hellos", "hungry", "independence", "independently", "independents", "indiana",
        "indies", "indira", "islander", "ismael", "israels", "japans", "jerseys", "kannada", "keening", "keeping",
        "kingdoms", "kneeling", "leonel", "lester", "lucian", "lucien", "lucile", "lucite", "luxembourger",
        "madagascan", "madagascans", "mainlands", "malaise", "maldive", "malted", "marianas", "marshal", "marshalled",
        "marshals", "martian", "martina", "martini", "martins", "maturities", "maurine", "merino", "micronesian",
        "minors", "netherlander", "netherlanders", "nieces", "nigher", "northerner", "norths", "novelle",
        "occidentals", "oceans", "orientate", "orientated", "orientates", "ostrich", "outlaying", "outplaying",
        "panamas", "pantie", "partied", "parties", "pastie", "peopled", "peoples", "philippians", "philippics",
        "philistines", "pierce", "pollen", "popularize", "principally", "principle", "principled", "principles",
        "provence", "providence", "provinces", "proving", "regions", "republican", "republicans", "reunions",
        "rwandas", "salmon", "saloon", "samara", "samoan", "sandwiched", "sandwiches", "sieges", "sierras", "skates",
        "slates", "sloven", "slovenlier", "slovens", "socialism", "socialite", "socialites", "southerner",
        "southerns", "souths", "spacial", "spaniel", "spates", "specialist", "specialize", "sprain", "stages",
        "stakes", "stales", "stares", "statue", "statues", "status", "staves", "stripe", "strips", "stript",
        "sultana", "sultanas", "sultanates", "surname", "swedes", "territorials", "tongan", "torques", "torres",
        "trinity", "turkeys", "turnkey", "unions", "unison", "unites", "untied", "vanning", "verges", "virgie",
        "virgil", "virgins", "walesa", "westerns", "whales", "whiten", "whiter", "whites", "willis", "yeomen",
        "yugoslavians", "zombie",
    ];
}
