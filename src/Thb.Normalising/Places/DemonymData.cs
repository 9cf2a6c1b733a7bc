namespace Thb.Normalising.Places;

/// <summary>
/// Country adjectives (demonyms), one country per line: <c>CODE|adjective;adjective;...</c>.
/// A demonym yields its country only when it qualifies a state body within the same phrase: it is followed, after
/// at most two other words and no punctuation, by one of <see cref="InstitutionNouns"/> ("Swiss government
/// assistance", "the Romanian National Police", "Ministry ... Polish Ombudsman Bureau", "a Belarusian delegation").
/// Otherwise it is ignored ("Portuguese Speaking Countries", "French experience", "Romanian gang").
/// Demonyms match only when capitalised ("Polish", "SWISS"; never the verb "polish").
/// Left out on purpose because they do not name one country: American, Arab, Congolese, Dominican, Guinean, Korean
/// (but North/South Korean are in), Kurdish, Roma, European, Nordic, English/Scottish/Welsh (languages too).
/// </summary>
internal static class DemonymData
{
    internal const string Table = """
        AF|Afghan;Afghani
        AL|Albanian
        AM|Armenian
        AO|Angolan
        AR|Argentinian;Argentinean
        AT|Austrian
        AU|Australian
        AZ|Azerbaijani;Azeri;Azerbaijanian
        BA|Bosnian;Herzegovinian;Bosnian-Herzegovinian
        BD|Bangladeshi
        BE|Belgian
        BF|Burkinabe;Burkinabé
        BG|Bulgarian
        BI|Burundian
        BJ|Beninese
        BO|Bolivian
        BR|Brazilian
        BY|Belarusian;Belarussian;Byelorussian;Belorussian
        CA|Canadian
        CH|Swiss
        CI|Ivorian
        CL|Chilean
        CM|Cameroonian
        CN|Chinese
        CO|Colombian
        CR|Costa Rican
        CU|Cuban
        CV|Cape Verdean;Cabo Verdean
        CY|Cypriot
        CZ|Czech
        DE|German
        DJ|Djiboutian
        DK|Danish
        DZ|Algerian
        EC|Ecuadorian;Ecuadorean
        EE|Estonian
        EG|Egyptian
        ER|Eritrean
        ES|Spanish
        ET|Ethiopian
        FI|Finnish
        FR|French
        GA|Gabonese
        GB|British
        GE|Georgian
        GH|Ghanaian
        GM|Gambian
        GR|Greek;Hellenic
        GT|Guatemalan
        HN|Honduran
        HR|Croatian
        HT|Haitian
        HU|Hungarian
        ID|Indonesian
        IE|Irish
        IL|Israeli
        IN|Indian
        IQ|Iraqi
        IR|Iranian
        IS|Icelandic
        IT|Italian
        JM|Jamaican
        JO|Jordanian
        JP|Japanese
        KE|Kenyan
        KG|Kyrgyz;Kyrgyzstani;Kirghiz
        KH|Cambodian
        KP|North Korean
        KR|South Korean
        KW|Kuwaiti
        KZ|Kazakh;Kazakhstani
        LA|Laotian
        LB|Lebanese
        LK|Sri Lankan
        LR|Liberian
        LT|Lithuanian
        LU|Luxembourgish;Luxembourgian
        LV|Latvian
        LY|Libyan
        MA|Moroccan
        MD|Moldovan;Moldavian
        ME|Montenegrin
        MG|Malagasy
        MK|Macedonian
        ML|Malian
        MM|Burmese
        MN|Mongolian
        MR|Mauritanian
        MT|Maltese
        MU|Mauritian
        MW|Malawian
        MX|Mexican
        MY|Malaysian
        MZ|Mozambican
        NA|Namibian
        NE|Nigerien
        NG|Nigerian
        NI|Nicaraguan
        NL|Dutch
        NO|Norwegian
        NP|Nepalese;Nepali
        NZ|New Zealander
        OM|Omani
        PA|Panamanian
        PE|Peruvian
        PH|Filipino;Philippine
        PK|Pakistani
        PL|Polish
        PS|Palestinian
        PT|Portuguese
        PY|Paraguayan
        QA|Qatari
        RO|Romanian;Rumanian
        RS|Serbian
        RU|Russian
        RW|Rwandan
        SA|Saudi;Saudi Arabian
        SD|Sudanese
        SE|Swedish
        SI|Slovenian;Slovene
        SK|Slovak;Slovakian
        SL|Sierra Leonean
        SN|Senegalese
        SO|Somali;Somalian
        SS|South Sudanese
        SV|Salvadoran;Salvadorean
        SY|Syrian
        TD|Chadian
        TG|Togolese
        TH|Thai
        TJ|Tajik;Tajikistani
        TM|Turkmen
        TN|Tunisian
        TR|Turkish
        TW|Taiwanese
        TZ|Tanzanian
        UA|Ukrainian
        UG|Ugandan
        UY|Uruguayan
        UZ|Uzbek;Uzbekistani
        VE|Venezuelan
        VN|Vietnamese
        XK|Kosovar;Kosovan
        YE|Yemeni
        ZA|South African
        ZM|Zambian
        ZW|Zimbabwean
        """;

    /// <summary>
    /// Nouns that make a preceding demonym name a state body of that country ("Swiss government", "Polish Ombudsman",
    /// "Romanian National Police", "Nigerian authorities", "Chinese delegation").
    /// </summary>
    internal static readonly string[] InstitutionNouns =
    [
        "government", "governments", "authorities", "authority", "ministry", "ministries", "minister", "ministers",
        "police", "policemen", "gendarmerie", "carabinieri", "guard", "guards", "embassy", "embassies", "consulate",
        "consulates", "delegation", "delegations", "officials", "officers", "ombudsman", "ombudsperson", "parliament",
        "presidency", "president", "judiciary", "prosecutor", "prosecutors", "prosecution", "court", "courts",
        "administration", "agency", "agencies", "office", "bureau", "unit", "services", "institutions", "counterparts",
        "counterpart", "side", "state", "ngo", "ngos", "moi", "mfa", "inspectorate", "directorate",
        "department", "commission", "coordinator", "rapporteur", "cooperation", "army", "navy",
    ];
}
