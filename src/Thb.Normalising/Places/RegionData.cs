namespace Thb.Normalising.Places;

/// <summary>
/// Named regions, one per line: <c>Canonical display name|alias;alias;...</c> (alias prefixes as in
/// <see cref="CountryData"/>). A region never yields a country: because matching is longest-first, "Southern Africa",
/// "West Africa", "Gulf of Guinea", "Niger Delta" or "New Mexico" are regions while "South Africa", "Guinea", "Niger"
/// and "Mexico" alone are countries. Sub-national areas that are not ISO 3166-1 entities (Puntland, Transnistria,
/// Kurdistan, ...) are listed here too, so they never leak their host or a namesake country.
/// </summary>
internal static class RegionData
{
    internal const string Table = """
        EU@field|=EU;European Union;EU level;EU-level;EU wide;EU-wide;Union européenne;Union europeenne;Europäische Union;EU-27;EU 27;EU27
        EU Member States|EU Member States;EU Member State;EU MS;=MS;Member States;Member State;EU countries;EU member countries;EU States;Member States of the European Union;Member States of the EU;EU Mitgliedstaaten;États membres;Etats membres;Mitgliedstaaten
        International|International;international level;at international level
        Global|Global;globally;global level;Worldwide;World-wide;World wide
        Europe|Europe;European countries;Europa
        Africa|Africa;African countries;Afrique;Afrika
        Asia|Asia;Asian countries;Asie;Asien
        Americas|Americas;the Americas
        Oceania|Oceania;Pacific Islands;Pacific region
        South East Europe|South East Europe;South-East Europe;Southeast Europe;South Eastern Europe;South-Eastern Europe;Southeastern Europe;Southeast European countries;South East European countries;South Eastern European countries;South-Eastern European countries;South-East European countries;Southeastern European countries;=SEE;SEE region;SEE countries;Europe du Sud-Est;Südosteuropa
        Western Balkans|Western Balkans;Western Balkan;West Balkans;West Balkan;Western Balkan countries;Western Balkans region;=WB;Balkans occidentaux;Westbalkan;westlicher Balkan
        Balkans|Balkans;Balkan;Balkan countries;Balkan region;Balkan states;Balkan Peninsula;Balkan;Balkanstaaten
        Eastern Europe|Eastern Europe;East Europe;Eastern European countries;Europe de l'Est;Osteuropa
        Central and Eastern Europe|Central and Eastern Europe;Central Eastern Europe;Central and East European countries;Central and Eastern European countries;=CEE;CEE countries;Central Europe;Mitteleuropa;Mittel- und Osteuropa
        Western Europe|Western Europe;Westeuropa
        Northern Europe|Northern Europe;Nordeuropa
        Southern Europe|Southern Europe;Südeuropa
        Eastern Partnership|Eastern Partnership;Eastern Partnership countries;=EaP;EaP countries;Partenariat oriental;Östliche Partnerschaft
        Eastern Neighbourhood|Eastern neighbours;Eastern neighbourhood;Eastern neighborhood;Eastern neighbors;Eastern neighbouring countries;Eastern neighboring countries;Eastern European neighbours
        Southern Neighbourhood|Southern neighbours;Southern neighbourhood;Southern neighborhood;Southern neighbouring countries
        Neighbouring Countries|neighbouring countries;neighbour countries;neighboring countries;neighbor countries;neighbouring states;neighbours;pays voisins;Nachbarländer;Nachbarstaaten
        European Neighbourhood|European Neighbourhood;European Neighbourhood Policy countries;ENP countries;European periphery
        Third Countries|third countries;third country;different third countries;non-EU countries;non EU countries;Drittstaaten;Drittländer;pays tiers
        Candidate Countries|candidate countries;accession countries;candidate and potential candidate countries;potential candidate countries;Candidate and Accession Countries;pre-accession countries;Beitrittsländer;Kandidatenländer
        Countries of Origin|countries of origin;source countries;countries of destination;destination countries;transit countries;Herkunftsländer
        Central Asia|Central Asia;Central Asian countries;Central Asian states;Asie centrale;Zentralasien
        South Asia|South Asia;Southern Asia;South Asian countries;Südasien
        South East Asia|South East Asia;South-East Asia;Southeast Asia;South Eastern Asia;South-Eastern Asia;SE Asia;Southeast Asian countries;Asie du Sud-Est;Südostasien
        East Asia|East Asia;Eastern Asia;Far East;Ostasien
        Asia-Pacific|Asia-Pacific;Asia Pacific;Asia and the Pacific;Asia-Pacific region
        Middle East|Middle East;Near East;Middle Eastern countries;Moyen-Orient;Proche-Orient;Naher Osten;Mittlerer Osten
        Middle East and North Africa|Middle East and North Africa;=MENA;MENA region
        North Africa|North Africa;Northern Africa;North African countries;Maghreb;Maghreb countries;Afrique du Nord;Nordafrika
        Mashreq|Mashreq;Mashriq;Levant
        West Africa|West Africa;Western Africa;West African countries;West African states;Afrique de l'Ouest;Westafrika
        East Africa|East Africa;Eastern Africa;East African countries;Afrique de l'Est;Ostafrika
        Southern Africa|Southern Africa;Southern African countries;Afrique australe;südliches Afrika
        Central Africa|Central Africa;Central African countries;Afrique centrale;Zentralafrika
        Sub-Saharan Africa|Sub-Saharan Africa;Subsaharan Africa;Sub Saharan Africa;Africa south of the Sahara;Afrique subsaharienne;Subsahara-Afrika
        Horn of Africa|Horn of Africa;Corne de l'Afrique;Horn von Afrika
        Great Lakes Region|Great Lakes Region;Great Lakes;African Great Lakes
        Sahel|Sahel;Sahel region;Sahel countries
        Gulf of Guinea|Gulf of Guinea;Golfe de Guinée;Golf von Guinea
        Lake Chad Basin|Lake Chad;Lake Chad Basin;Lake Chad region
        Niger Delta|Niger Delta;Niger River Delta
        Latin America|Latin America;Latin American countries;Latin America and the Caribbean;Amérique latine;Lateinamerika
        Central America|Central America;Central American countries;Amérique centrale;Mittelamerika;Zentralamerika
        South America|South America;South American countries;South American States;Amérique du Sud;Südamerika
        North America|North America;Amérique du Nord;Nordamerika
        Southern Cone|Southern Cone
        Andean Region|Andean region;Andean countries
        Ibero-America|Ibero-America;Ibero-American countries;Ibero-American Community;Iberoamerica;Ibero-American
        Lusophone Countries|Portuguese speaking countries;Portuguese-speaking countries;Lusophone countries;PALOP;PALOP countries
        Caribbean|Caribbean;the Caribbean;Caribbean countries;Caribbean region;Caraïbes;Karibik
        Caucasus|Caucasus;Caucasus region;Caucase;Kaukasus
        South Caucasus|South Caucasus;Southern Caucasus;South Caucasian countries;Transcaucasia;Caucase du Sud;Südkaukasus
        North Caucasus|North Caucasus;Northern Caucasus
        Black Sea Region|Black Sea;Black Sea region;Black Sea countries;Black Sea area
        Baltic Sea Region|Baltic Sea;Baltic Sea region;Baltic Sea area;Baltic Sea countries;Ostseeraum
        Baltic States|Baltic States;Baltic countries;Baltics;Baltic region;Baltikum
        Nordic Countries|Nordic countries;Nordic region;Nordic states;Nordic-Baltic region;Nordic Baltic region;Nordics
        Scandinavia|Scandinavia;Scandinavian countries;Skandinavien
        Benelux|Benelux;Benelux countries
        Iberian Peninsula|Iberian Peninsula
        Mediterranean|Mediterranean;Mediterranean countries;Mediterranean region;Euro-Mediterranean;Southern Mediterranean;Mediterranean basin;Méditerranée;Mittelmeerraum
        Gulf States|Gulf States;Gulf countries;Gulf region;Gulf Council States;Gulf Cooperation Council States;Persian Gulf;Arabian Gulf;Arab Gulf States
        Arabian Peninsula|Arabian Peninsula
        Arab World|Arab world;Arab countries;Arab states
        Mekong Region|Mekong;Mekong region;Greater Mekong Subregion;Greater Mekong sub-region;Mekong sub-region;Mekong subregion;=GMS
        Former Yugoslavia|former Yugoslavia;ex-Yugoslavia;ex Yugoslavia;=SFRY;Socialist Federal Republic of Yugoslavia;Yugoslav successor states;ehemaliges Jugoslawien;ex-Yougoslavie
        Former Soviet Union|former Soviet Union;Soviet Union;=USSR;post-Soviet countries;post-Soviet states;former Soviet republics;=CIS countries;ehemalige Sowjetunion
        Korean Peninsula|Korean Peninsula
        Puntland|Puntland
        Somaliland|Somaliland
        Transnistria|Transnistria;Transdniestria;Transnistrian region;Pridnestrovie
        Kurdistan|Kurdistan;Kurdistan region;Iraqi Kurdistan
        Darfur|Darfur
        Canary Islands|Canary Islands;Canaries
        New Jersey|New Jersey
        New Mexico|New Mexico
        New South Wales|New South Wales
        Indian Ocean|Indian Ocean
        """;
}
