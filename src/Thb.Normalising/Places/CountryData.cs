namespace Thb.Normalising.Places;

/// <summary>
/// The country catalogue as data: one line per ISO 3166-1 alpha-2 code (plus XK for Kosovo):
/// <c>CODE|Canonical English name|alias;alias;...</c>.
/// Aliases were seeded from the ISO 3166-1 names (English short, common and official names with their French
/// and German translations, from the iso-codes tables) and the ICU English and Latin-script native names, then
/// curated by hand: historical and short names (Burma, Swaziland, Zaire, FYROM, Moldavia, Byelorussia, Holland,
/// Ivory Coast, East Timor, ...), colloquial French and German names (Weißrussland, Biélorussie, Elfenbeinküste, ...)
/// and a few frequent misspellings. Removed on purpose: names that are ordinary words or ambiguous on their own
/// ("Ísland" folds to "island", "Christmas", "Salvador", "Maurice", "Dominique", "Grenade", "Virgin Islands",
/// "Korea"/"Corée" for North Korea, "Congo" for DR Congo).
/// Alias prefixes: <c>=</c> an acronym matched case-sensitively (exactly or in all capitals: "US" never matches
/// the pronoun "us"); <c>^</c> a name that is also a common word, matched only when capitalised ("Turkey", "Chad",
/// "China", "Jordan", "Jersey", "Chile", "Réunion", "Guam", "Wales", "Suède").
/// </summary>
internal static class CountryData
{
    internal const string Table = """
        AD|Andorra|Andorra;Principality of Andorra;Andorre;Principauté d'Andorre;Fürstentum Andorra
        AE|United Arab Emirates|United Arab Emirates;Émirats arabes unis;Vereinigte Arabische Emirate;=UAE;Emirates;U.A.E.
        AF|Afghanistan|Afghanistan;Islamic Republic of Afghanistan;République islamique d'Afghanistan;Islamische Republik Afghanistan;Afganistan
        AG|Antigua and Barbuda|Antigua and Barbuda;Antigua-et-Barbuda;Antigua und Barbuda
        AI|Anguilla|Anguilla
        AL|Albania|Albania;Republic of Albania;Shqipëri;Albanie;Albanien;République d'Albanie;Republik Albanien;Shqipëria
        AM|Armenia|Armenia;Republic of Armenia;Arménie;Armenien;République d'Arménie;Republik Armenien
        AO|Angola|Angola;Republic of Angola;République d'Angola;Republik Angola
        AQ|Antarctica|Antarctica;Antarctique;Antarktis
        AR|Argentina|Argentina;Argentine Republic;Argentine;Argentinien;République d'Argentine;Argentinische Republik
        AS|American Samoa|American Samoa;Samoa américaines;Amerikanisch-Samoa
        AT|Austria|Austria;Republic of Austria;Österreich;Autriche;République d'Autriche;Republik Österreich
        AU|Australia|Australia;Australie;Australien
        AW|Aruba|Aruba
        AX|Åland Islands|Åland Islands;Åland;Åland, Îles;Åland-Inseln
        AZ|Azerbaijan|Azerbaijan;Republic of Azerbaijan;Azerbaïdjan;Aserbaidschan;République d'Azerbaïdjan;Republik Aserbaidschan
        BA|Bosnia and Herzegovina|Bosnia and Herzegovina;Republic of Bosnia and Herzegovina;Bosna i Hercegovina;Bosnie-Herzégovine;Bosnien und Herzegowina;République de Bosnie et Herzégovine;Bosnia;Bosnia-Herzegovina;BiH;Bosnie;Bosnien;Bosnien-Herzegowina;Bosnia i Hercegovina;Herzegovina
        BB|Barbados|Barbados;Barbade
        BD|Bangladesh|Bangladesh;People's Republic of Bangladesh;Bangladesch;République populaire du Bengladesh;Volksrepublik Bangladesh;Bengladesh
        BE|Belgium|Belgium;Kingdom of Belgium;België;Belgique;Belgien;Royaume de Belgique;Königreich Belgien
        BF|Burkina Faso|Burkina Faso
        BG|Bulgaria|Bulgaria;Republic of Bulgaria;Bulgarie;Bulgarien;République de Bulgarie;Republik Bulgarien
        BH|Bahrain|Bahrain;Kingdom of Bahrain;Bahreïn;Royaume de Bahreïn;Königreich Bahrain
        BI|Burundi|Burundi;Republic of Burundi;Uburundi;République du Burundi;Republik Burundi
        BJ|Benin|Benin;Republic of Benin;République du Bénin;Republik Benin
        BL|Saint Barthélemy|Saint Barthélemy;St. Barthélemy
        BM|Bermuda|Bermuda;Bermudes
        BN|Brunei|Brunei;Brunei Darussalam
        BO|Bolivia|Bolivia;Bolivia, Plurinational State of;Plurinational State of Bolivia;Bolivie, état plurinational de;Bolivie;Bolivien, Plurinationaler Staat;Bolivien;État plurinational de Bolivie;Plurinationaler Staat Bolivien
        BQ|Caribbean Netherlands|Caribbean Netherlands;Bonaire, Sint Eustatius and Saba;Caribisch Nederland;Bonaire, Saint-Eustache et Saba;Bonaire, Sint Eustatius und Saba
        BR|Brazil|Brazil;Federative Republic of Brazil;Brasil;Brésil;Brasilien;République fédérale du Brésil;Föderative Republik Brasilien
        BS|Bahamas|Bahamas;Commonwealth of the Bahamas;Commonwealth des Bahamas;Commonwealth der Bahamas;The Bahamas
        BT|Bhutan|Bhutan;Kingdom of Bhutan;Bhoutan;Royaume du Bouthan;Königreich Bhutan
        BV|Bouvet Island|Bouvet Island;Bouvetøya;île Bouvet;Bouvet-Insel
        BW|Botswana|Botswana;Republic of Botswana;Botsuana;République du Botswana;Republik Botsuana
        BY|Belarus|Belarus;Republic of Belarus;République du Bélarus;Republik Belarus;Byelorussia;Belorussia;Bielorussia;Belarussia;White Russia;Biélorussie;Weißrussland
        BZ|Belize|Belize
        CA|Canada|Canada;Kanada
        CC|Cocos (Keeling) Islands|Cocos (Keeling) Islands;Cocos (Keeling), Îles;Kokos-(Keeling-)Inseln
        CD|DR Congo|DR Congo;Congo, The Democratic Republic of the;Congo - Kinshasa;République démocratique du Congo;Demokratische Republik Kongo;DRC;=RDC;D.R. Congo;RD Congo;Democratic Republic of Congo;Democratic Republic of the Congo;Zaire;Kongo-Kinshasa;DR Kongo
        CF|Central African Republic|Central African Republic;Ködörösêse tî Bêafrîka;République centrafricaine;Zentralafrikanische Republik
        CG|Congo|Congo;Republic of the Congo;Congo - Brazzaville;République du Congo;Kongo;Republik Kongo;Republic of Congo;Kongo-Brazzaville
        CH|Switzerland|Switzerland;Swiss Confederation;Svizzera;Suisse;Schweiz;Confédération helvétique;Schweizerische Eidgenossenschaft;Confédération suisse;Helvetia
        CI|Côte d'Ivoire|Côte d'Ivoire;Republic of Côte d'Ivoire;République de Côte d'Ivoire;Republik Côte d'Ivoire;Ivory Coast;Cote dIvoire;Elfenbeinküste
        CK|Cook Islands|Cook Islands;îles Cook;Cookinseln
        CL|Chile|Republic of Chile;République du Chili;Republik Chile;^Chile;^Chili
        CM|Cameroon|Cameroon;Republic of Cameroon;Cameroun;Kamerun;République du Cameroun;Republik Kamerun
        CN|China|People's Republic of China;République populaire de Chine;Volksrepublik China;=PRC;Mainland China;^China;^Chine
        CO|Colombia|Colombia;Republic of Colombia;Colombie;Kolumbien;République de Colombie;Republik Kolumbien
        CR|Costa Rica|Costa Rica;Republic of Costa Rica;République du Costa Rica;Republik Costa Rica
        CU|Cuba|Cuba;Republic of Cuba;Kuba;République de Cuba;Republik Kuba
        CV|Cape Verde|Cape Verde;Cabo Verde;Republic of Cabo Verde;Cap-Vert;Kap Verde;République du Cap-Vert;Republik Kap Verde;Kapverden;Kapverdische Inseln;Cape Verde Islands
        CW|Curaçao|Curaçao
        CX|Christmas Island|Christmas Island;Christmas, Île;Weihnachtsinseln
        CY|Cyprus|Cyprus;Republic of Cyprus;Chypre;Zypern;République de Chypre;Republik Zypern
        CZ|Czechia|Czechia;Czech Republic;Česko;Tchéquie;Tschechien;République tchèque;Tschechische Republik;Tschechei;Česká republika
        DE|Germany|Germany;Federal Republic of Germany;Deutschland;Allemagne;République fédérale d'Allemagne;Bundesrepublik Deutschland;FRG
        DJ|Djibouti|Djibouti;Republic of Djibouti;Dschibuti;République de Djibouti;Republik Dschibuti
        DK|Denmark|Denmark;Kingdom of Denmark;Danmark;Danemark;Royaume du Danemark;Königreich Dänemark
        DM|Dominica|Dominica;Commonwealth of Dominica;Commonwealth de la Dominique;Commonwealth Dominica
        DO|Dominican Republic|Dominican Republic;República Dominicana;République dominicaine;Dominikanische Republik
        DZ|Algeria|Algeria;People's Democratic Republic of Algeria;Algérie;Algerien;République algérienne démocratique et populaire;Demokratische Volksrepublik Algerien
        EC|Ecuador|Ecuador;Republic of Ecuador;Équateur;République d'Équateur;Republik Ecuador
        EE|Estonia|Estonia;Republic of Estonia;Eesti;Estonie;Estland;République d'Estonie;Republik Estland
        EG|Egypt|Egypt;Arab Republic of Egypt;Égypte;Ägypten;République arabe d'Égypte;Arabische Republik Ägypten
        EH|Western Sahara|Western Sahara;Sahara occidental;Westsahara
        ER|Eritrea|Eritrea;the State of Eritrea;Érythrée;l'État d'Érythrée;Staat Eritrea
        ES|Spain|Spain;Kingdom of Spain;España;Espagne;Spanien;Royaume d'Espagne;Königreich Spanien
        ET|Ethiopia|Ethiopia;Federal Democratic Republic of Ethiopia;Éthiopie;Äthiopien;République fédérale démocratique d'Éthiopie;Demokratische Bundesrepublik Äthiopien
        FI|Finland|Finland;Republic of Finland;Suomi;Finlande;Finnland;République de Finlande;Republik Finnland
        FJ|Fiji|Fiji;Republic of Fiji;Fidji;Fidschi;République des Fidji;Republik Fidschi
        FK|Falkland Islands|Falkland Islands;Falkland Islands (Malvinas);Malouines, Îles (Falkland);Falklandinseln (Malwinen)
        FM|Micronesia|Micronesia;Micronesia, Federated States of;Federated States of Micronesia;Micronésie, États fédérés de;Micronésie;Mikronesien, Föderierte Staaten von;Mikronesien;États fédérés de Micronésie;Föderierte Staaten von Mikronesien
        FO|Faroe Islands|Faroe Islands;Føroyar;îles Féroé;Färöer-Inseln
        FR|France|France;French Republic;Frankreich;République française;Französische Republik
        GA|Gabon|Gabon;Gabonese Republic;Gabun;République gabonaise;Gabunische Republik
        GB|United Kingdom|United Kingdom;United Kingdom of Great Britain and Northern Ireland;Royaume-Uni;Vereinigtes Königreich;Royaume-Uni de Grande-Bretagne et d'Irlande du Nord;Vereinigtes Königreich Großbritannien und Nordirland;=UK;U.K.;Great Britain;Britain;England;Scotland;^Wales;Northern Ireland;Grande-Bretagne;Angleterre;Großbritannien;Nordirland;Schottland;Écosse;Pays de Galles
        GD|Grenada|Grenada
        GE|Georgia|Georgia;Géorgie;Georgien;Sakartvelo
        GF|French Guiana|French Guiana;Guyane française;Französisch-Guyana
        GG|Guernsey|Guernsey;Guernesey
        GH|Ghana|Ghana;Republic of Ghana;République du Ghana;Republik Ghana
        GI|Gibraltar|Gibraltar
        GL|Greenland|Greenland;Kalaallit Nunaat;Groënland;Grönland
        GM|Gambia|Gambia;Republic of the Gambia;Gambie;République de Gambie;Republik Gambia;The Gambia
        GN|Guinea|Guinea;Republic of Guinea;Guinée;République de Guinée;Republik Guinea;Guinea-Conakry;Guinée-Conakry
        GP|Guadeloupe|Guadeloupe
        GQ|Equatorial Guinea|Equatorial Guinea;Republic of Equatorial Guinea;Guinea Ecuatorial;Guinée Équatoriale;Äquatorialguinea;République de Guinée Équatoriale;Republik Äquatorialguinea
        GR|Greece|Greece;Hellenic Republic;Grèce;Griechenland;République grecque;Hellenische Republik;Hellas;Ellada
        GS|South Georgia and the South Sandwich Islands|South Georgia and the South Sandwich Islands;South Georgia and South Sandwich Islands;Géorgie du Sud et les îles Sandwich du Sud;South Georgia und die Südlichen Sandwichinseln;South Georgia
        GT|Guatemala|Guatemala;Republic of Guatemala;République du Guatemala;Republik Guatemala
        GU|Guam|^Guam
        GW|Guinea-Bissau|Guinea-Bissau;Republic of Guinea-Bissau;Guiné-Bissau;Guinée-Bissau;République de Guinée-Bissau;Republik Guinea-Bissau
        GY|Guyana|Guyana;Republic of Guyana;République de Guyana;Kooperative Republik Guyana
        HK|Hong Kong|Hong Kong;Hong Kong Special Administrative Region of China;Hong Kong SAR China;Hongkong;Région spéciale administrative chinoise de Hong-Kong;Sonderverwaltungsregion Hongkong;Hong Kong SAR
        HM|Heard and McDonald Islands|Heard and McDonald Islands;Heard Island and McDonald Islands;îles Heard-et-MacDonald;Heard und McDonaldinseln
        HN|Honduras|Honduras;Republic of Honduras;République du Honduras;Republik Honduras
        HR|Croatia|Croatia;Republic of Croatia;Hrvatska;Croatie;Kroatien;République de Croatie;Republik Kroatien
        HT|Haiti|Haiti;Republic of Haiti;République de Haïti;Republik Haiti
        HU|Hungary|Hungary;Magyarország;Hongrie;Ungarn
        ID|Indonesia|Indonesia;Republic of Indonesia;Indonésie;Indonesien;République d'Indonésie;Republik Indonesien
        IE|Ireland|Ireland;Irlande;Irland;Éire
        IL|Israel|Israel;State of Israel;État d'Israël;Staat Israel
        IM|Isle of Man|Isle of Man;Ellan Vannin;Île de Man;Insel Man
        IN|India|India;Republic of India;Inde;Indien;République d'Inde;Republik Indien
        IO|British Indian Ocean Territory|British Indian Ocean Territory;Territoire britannique de l'océan Indien;Britisches Territorium im Indischen Ozean
        IQ|Iraq|Iraq;Republic of Iraq;Irak;République d'Iraq;Republik Irak
        IR|Iran|Iran;Iran, Islamic Republic of;Islamic Republic of Iran;Iran, République islamique d';Iran, Islamische Republik;République islamique d'Iran;Islamische Republik Iran;Persia
        IS|Iceland|Iceland;Republic of Iceland;Islande;République d'Islande;Republik Island
        IT|Italy|Italy;Italian Republic;Italia;Italie;Italien;République italienne;Italienische Republik
        JE|Jersey|^Jersey
        JM|Jamaica|Jamaica;Jamaïque;Jamaika
        JO|Jordan|Hashemite Kingdom of Jordan;Jordanie;Jordanien;Royaume hachémite de Jordanie;Haschemitisches Königreich Jordanien;^Jordan
        JP|Japan|Japan;Japon
        KE|Kenya|Kenya;Republic of Kenya;Kenia;République du Kenya;Republik Kenia
        KG|Kyrgyzstan|Kyrgyzstan;Kyrgyz Republic;Kirghizistan;Kirgisistan;République kirghize;Kirgisische Republik;Kirghizia;Kirgizstan;Kirgisien;Kirgistan
        KH|Cambodia|Cambodia;Kingdom of Cambodia;Cambodge;Kambodscha;Royaume du Cambodge;Königreich Kambodscha
        KI|Kiribati|Kiribati;Republic of Kiribati;République de Kiribati;Republik Kiribati
        KM|Comoros|Comoros;Union of the Comoros;Comores;Komoren;Union des Comores;Vereinigung der Komoren
        KN|Saint Kitts and Nevis|Saint Kitts and Nevis;St. Kitts and Nevis;Saint-Christophe-et-Niévès;St. Kitts und Nevis
        KP|North Korea|North Korea;Korea, Democratic People's Republic of;Democratic People's Republic of Korea;Corée, République populaire démocratique de;Korea, Demokratische Volksrepublik;République démocratique populaire de Corée;Demokratische Volksrepublik Korea;=DPRK;DPR Korea;DPR of Korea;Nordkorea;Corée du Nord
        KR|South Korea|South Korea;Korea, Republic of;Corée, République de;Korea, Republik;Korea;Republic of Korea;=ROK;Südkorea;Corée du Sud;Corée
        KW|Kuwait|Kuwait;State of Kuwait;Koweït;État du Koweït;Staat Kuwait
        KY|Cayman Islands|Cayman Islands;îles Caïmans;Cayman-Inseln
        KZ|Kazakhstan|Kazakhstan;Republic of Kazakhstan;Kasachstan;République du Kazakhstan;Republik Kasachstan;Kazakstan;Kazachstan
        LA|Laos|Laos;Lao People's Democratic Republic;Lao, République démocratique populaire;Lao;Laos, Demokratische Volksrepublik;Lao PDR
        LB|Lebanon|Lebanon;Lebanese Republic;Liban;Libanon;République libanaise;Libanesische Republik
        LC|Saint Lucia|Saint Lucia;St. Lucia;Sainte-Lucie
        LI|Liechtenstein|Liechtenstein;Principality of Liechtenstein;Principauté du Liechtenstein;Fürstentum Liechtenstein
        LK|Sri Lanka|Sri Lanka;Democratic Socialist Republic of Sri Lanka;République démocratique socialiste de Sri Lanka;Demokratische sozialistische Republik Sri Lanka
        LR|Liberia|Liberia;Republic of Liberia;République du Libéria;Republik Liberia
        LS|Lesotho|Lesotho;Kingdom of Lesotho;Royaume du Lesotho;Königreich Lesotho
        LT|Lithuania|Lithuania;Republic of Lithuania;Lietuva;Lituanie;Litauen;République de Lituanie;Republik Litauen
        LU|Luxembourg|Luxembourg;Grand Duchy of Luxembourg;Lëtzebuerg;Luxemburg;Grand-duché du Luxembourg;Großherzogtum Luxemburg
        LV|Latvia|Latvia;Republic of Latvia;Latvija;Lettonie;Lettland;République de Lettonie;Republik Lettland
        LY|Libya|Libya;Libye;Libyen;Libyan Arab Jamahiriya
        MA|Morocco|Morocco;Kingdom of Morocco;Maroc;Marokko;Royaume du Maroc;Königreich Marokko
        MC|Monaco|Monaco;Principality of Monaco;Principauté de Monaco;Fürstentum Monaco
        MD|Moldova|Moldova;Moldova, Republic of;Republic of Moldova;Republica Moldova;Moldova, République de;Moldau, Republik;Moldau;République de Moldova;Republik Moldau;Moldavia;Moldavie;Moldawien
        ME|Montenegro|Montenegro;Crna Gora
        MF|Saint Martin|Saint Martin;Saint Martin (French part);St. Martin;Saint-Martin (partie française);Saint Martin (Französischer Teil)
        MG|Madagascar|Madagascar;Republic of Madagascar;Madagasikara;Madagaskar;République de Madagascar;Republik Madagaskar
        MH|Marshall Islands|Marshall Islands;Republic of the Marshall Islands;Îles Marshall;Marshallinseln;République des Îles Marshall;Republik Marshallinseln
        MK|North Macedonia|North Macedonia;Republic of North Macedonia;Macédoine du Nord;Nordmazedonien;République de Macédoine du Nord;Republik Nordmazedonien;Macedonia;FYROM;FYR Macedonia;FYR of Macedonia;Former Yugoslav Republic of Macedonia;Former Yugoslavian Republic of Macedonia;Republic of Macedonia;Macédoine;Mazedonien;Makedonija;ex-République yougoslave de Macédoine;=ERYM;ehemalige jugoslawische Republik Mazedonien;Republik Mazedonien
        ML|Mali|Mali;Republic of Mali;République du Mali;Republik Mali
        MM|Myanmar|Myanmar;Republic of Myanmar;Myanmar (Burma);Birmanie;République de Myanmar;Republik Myanmar;Burma;Birma
        MN|Mongolia|Mongolia;Mongolie;Mongolei
        MO|Macao|Macao;Macao Special Administrative Region of China;Macao SAR China;Macau;Région spéciale administrative chinoise de Macao;Sonderverwaltungsregion Macao;Macao SAR;Macau SAR
        MP|Northern Mariana Islands|Northern Mariana Islands;Commonwealth of the Northern Mariana Islands;Îles Mariannes du Nord;Nördliche Marianen;Commonwealth des îles Mariannes du Nord;Commonwealth Nördliche Mariana-Inseln
        MQ|Martinique|Martinique
        MR|Mauritania|Mauritania;Islamic Republic of Mauritania;Mauritanie;Mauretanien;République islamique de Mauritanie;Islamische Republik Mauretanien
        MS|Montserrat|Montserrat
        MT|Malta|Malta;Republic of Malta;Malte;République de Malte;Republik Malta
        MU|Mauritius|Mauritius;Republic of Mauritius;République de l'Île Maurice;Republik Mauritius
        MV|Maldives|Maldives;Republic of Maldives;Malediven;République des Maldives;Republik Malediven
        MW|Malawi|Malawi;Republic of Malawi;République du Malawi;Republik Malawi
        MX|Mexico|Mexico;United Mexican States;Mexique;Mexiko;États-Unis du Mexique;Vereinigte Mexikanische Staaten
        MY|Malaysia|Malaysia;Malaisie
        MZ|Mozambique|Mozambique;Republic of Mozambique;Moçambique;Mosambik;République du Mozambique;Republik Mosambik
        NA|Namibia|Namibia;Republic of Namibia;Namibie;République de Namibie;Republik Namibia
        NC|New Caledonia|New Caledonia;Nouvelle-Calédonie;Neukaledonien
        NE|Niger|Niger;Republic of the Niger;République du Niger;Republik Niger
        NF|Norfolk Island|Norfolk Island;île Norfolk;Norfolkinsel
        NG|Nigeria|Nigeria;Federal Republic of Nigeria;Naịjịrịa;République fédérale du Nigeria;Bundesrepublik Nigeria;Benin City
        NI|Nicaragua|Nicaragua;Republic of Nicaragua;République du Nicaragua;Republik Nicaragua
        NL|Netherlands|Netherlands;Kingdom of the Netherlands;Nederland;Pays-Bas;Niederlande;Royaume des Pays-Bas;Königreich der Niederlande;Holland;the Netherlands;Hollande
        NO|Norway|Norway;Kingdom of Norway;Noreg;Norvège;Norwegen;Royaume de Norvège;Königreich Norwegen;Norge
        NP|Nepal|Nepal;Federal Democratic Republic of Nepal;République fédérale démocratique du Népal;Demokratische Bundesrepublik Nepal
        NR|Nauru|Nauru;Republic of Nauru;République de Nauru;Republik Nauru
        NU|Niue|Niue;Nioue
        NZ|New Zealand|New Zealand;Nouvelle-Zélande;Neuseeland
        OM|Oman|Oman;Sultanate of Oman;Sultanat d'Oman;Sultanat Oman
        PA|Panama|Panama;Republic of Panama;République du Panama;Republik Panama
        PE|Peru|Peru;Republic of Peru;Pérou;République du Pérou;Republik Peru
        PF|French Polynesia|French Polynesia;Polynésie française;Französisch-Polynesien
        PG|Papua New Guinea|Papua New Guinea;Independent State of Papua New Guinea;Papouasie-Nouvelle-Guinée;Papua-Neuguinea;État indépendant de Papouasie-Nouvelle-Guinée;Unabhängiger Staat Papua-Neuguinea
        PH|Philippines|Philippines;Republic of the Philippines;Philippinen;République des Philippines;Republik der Philippinen
        PK|Pakistan|Pakistan;Islamic Republic of Pakistan;République islamique du Pakistan;Islamische Republik Pakistan
        PL|Poland|Poland;Republic of Poland;Polska;Pologne;Polen;République de Pologne;Republik Polen
        PM|Saint Pierre and Miquelon|Saint Pierre and Miquelon;St. Pierre and Miquelon;Saint-Pierre-et-Miquelon;St. Pierre und Miquelon
        PN|Pitcairn Islands|Pitcairn Islands;Pitcairn;Îles Pitcairn
        PR|Puerto Rico|Puerto Rico;Porto Rico
        PS|Palestine|Palestine;Palestine, State of;the State of Palestine;Palestinian Territories;Palestine, État de;Palästina, Staat;Palästina;l'État de Palestine;Staat Palästina;State of Palestine;Palestinian Territory;Occupied Palestinian Territory;Occupied Palestinian Territories;Palestinian Authority;West Bank;Gaza;Gaza Strip;West Bank and Gaza;Palästinensische Gebiete;Territoires palestiniens;Territoires palestiniens occupés
        PT|Portugal|Portugal;Portuguese Republic;République portugaise;Portugiesische Republik
        PW|Palau|Palau;Republic of Palau;Palaos;République de Palau;Republik Palau
        PY|Paraguay|Paraguay;Republic of Paraguay;République du Paraguay;Republik Paraguay
        QA|Qatar|Qatar;State of Qatar;Katar;État du Qatar;Staat Katar
        RE|Réunion|Réunion, Île de la;^Réunion;^La Réunion
        RO|Romania|Romania;Roumanie;Rumänien;Rumania
        RS|Serbia|Serbia;Republic of Serbia;Srbija;Serbie;Serbien;République de Serbie;Republik Serbien
        RU|Russia|Russia;Russian Federation;Russie, Fédération de;Russie;Russische Föderation;Russland;Fédération de Russie
        RW|Rwanda|Rwanda;Rwandese Republic;U Rwanda;Ruanda;République rwandaise;Republik Ruanda
        SA|Saudi Arabia|Saudi Arabia;Kingdom of Saudi Arabia;Arabie saoudite;Saudi-Arabien;Royaume d'Arabie saoudite;Königreich Saudi-Arabien;KSA
        SB|Solomon Islands|Solomon Islands;Salomon, Îles;Salomoninseln
        SC|Seychelles|Seychelles;Republic of Seychelles;Seychellen;République des Seychelles;Republik Seychellen
        SD|Sudan|Sudan;Republic of the Sudan;Soudan;République du Soudan;Republik Sudan
        SE|Sweden|Sweden;Kingdom of Sweden;Sverige;^Suède;Schweden;Royaume de Suède;Königreich Schweden
        SG|Singapore|Singapore;Republic of Singapore;Singapour;Singapur;République de Singapour;Republik Singapur
        SH|Saint Helena|Saint Helena;Saint Helena, Ascension and Tristan da Cunha;St. Helena;Sainte-Hélène, Ascension et Tristan da Cunha;St. Helena, Ascension und Tristan da Cunha
        SI|Slovenia|Slovenia;Republic of Slovenia;Slovenija;Slovénie;Slowenien;République de Slovénie;Republik Slowenien;Slovene Republic
        SJ|Svalbard and Jan Mayen|Svalbard and Jan Mayen;Svalbard og Jan Mayen;Svalbard et île Jan Mayen;Svalbard und Jan Mayen
        SK|Slovakia|Slovakia;Slovak Republic;Slovensko;Slovaquie;Slowakei;République slovaque;Slowakische Republik
        SL|Sierra Leone|Sierra Leone;Republic of Sierra Leone;République de Sierra Leone;Republik Sierra Leone
        SM|San Marino|San Marino;Republic of San Marino;Saint-Marin;République de San Marin;Republik San Marino
        SN|Senegal|Senegal;Republic of Senegal;Senegaal;République du Sénégal;Republik Senegal
        SO|Somalia|Somalia;Federal Republic of Somalia;Soomaaliya;Somalie;République fédérale de Somalie;Bundesrepublik Somalia
        SR|Suriname|Suriname;Republic of Suriname;Surinam;République du Surinam;Republik Suriname
        SS|South Sudan|South Sudan;Republic of South Sudan;Soudan du Sud;Südsudan;République du Soudan du Sud;Republik Südsudan
        ST|São Tomé and Príncipe|São Tomé and Príncipe;Democratic Republic of Sao Tome and Principe;São Tomé e Príncipe;Sao Tomé-et-Principe;São Tomé und Príncipe;République démocratique de Sao Tomé et Principe;Demokratische Republik São Tomé und Príncipe
        SV|El Salvador|El Salvador;Republic of El Salvador;République d'El Salvador;Republik El Salvador
        SX|Sint Maarten|Sint Maarten;Sint Maarten (Dutch part);Saint-Martin (partie néerlandaise);Saint-Martin (Niederländischer Teil)
        SY|Syria|Syria;Syrian Arab Republic;Syrienne, République arabe;Syrien, Arabische Republik;Syrien;Syrie
        SZ|Eswatini|Eswatini;Kingdom of Eswatini;Royaume d’Eswatini;Königreich Eswatini;Swaziland;Swasiland
        TC|Turks and Caicos Islands|Turks and Caicos Islands;îles Turques-et-Caïques;Turks- und Caicosinseln
        TD|Chad|Republic of Chad;République du Tchad;Republik Tschad;^Chad;^Tchad;^Tschad
        TF|French Southern Territories|French Southern Territories;Terres australes françaises;Französische Süd- und Antarktisgebiete
        TG|Togo|Togo;Togolese Republic;République togolaise;Republik Togo
        TH|Thailand|Thailand;Kingdom of Thailand;Thaïlande;Royaume de Thaïlande;Königreich Thailand
        TJ|Tajikistan|Tajikistan;Republic of Tajikistan;Tadjikistan;Tadschikistan;République du Tadjikistan;Republik Tadschikistan
        TK|Tokelau|Tokelau
        TL|Timor-Leste|Timor-Leste;Democratic Republic of Timor-Leste;Timor oriental;République démocratique du Timor-Leste;Demokratische Republik Timor-Leste;East Timor;Osttimor
        TM|Turkmenistan|Turkmenistan
        TN|Tunisia|Tunisia;Republic of Tunisia;Tunisie;Tunesien;République de Tunisie;Tunesische Republik
        TO|Tonga|Tonga;Kingdom of Tonga;Royaume des Tonga;Königreich Tonga
        TR|Türkiye|Türkiye;Republic of Türkiye;Türkei;Republik Türkei;^Turkey;Turquie;Republic of Turkey
        TT|Trinidad and Tobago|Trinidad and Tobago;Republic of Trinidad and Tobago;Trinité-et-Tobago;Trinidad und Tobago;République de Trinité et Tobago;Republik Trinidad und Tobago
        TV|Tuvalu|Tuvalu
        TW|Taiwan|Taiwan;Taiwan, Province of China;Taïwan, province de Chine;Taiwan, Chinesische Provinz;Chinese Taipei
        TZ|Tanzania|Tanzania;Tanzania, United Republic of;United Republic of Tanzania;Tanzanie, République unie de;Tanzanie;Tansania, Vereinigte Republik;Tansania;République unie de Tanzanie;Vereinigte Republik Tansania
        UA|Ukraine|Ukraine;Ukraina;the Ukraine
        UG|Uganda|Uganda;Republic of Uganda;Ouganda;République d'Ouganda;Republik Uganda
        UM|U.S. Outlying Islands|U.S. Outlying Islands;United States Minor Outlying Islands;Îles mineures éloignées des États-Unis
        US|United States|United States;United States of America;États-Unis;Vereinigte Staaten;États-Unis d'Amérique;Vereinigte Staaten von Amerika;=US;=USA
        UY|Uruguay|Uruguay;Eastern Republic of Uruguay;République orientale d'Uruguay;Republik Östlich des Uruguay
        UZ|Uzbekistan|Uzbekistan;Republic of Uzbekistan;Ouzbékistan;Usbekistan;République d'Ouzbékistan;Republik Usbekistan
        VA|Vatican City|Vatican City;Holy See (Vatican City State);Città del Vaticano;Saint-Siège (état de la cité du Vatican);Heiliger Stuhl (Staat Vatikanstadt);Holy See;Vatican;Vatican City State;Saint-Siège;Heiliger Stuhl;Vatikan;Vatikanstadt
        VC|Saint Vincent and the Grenadines|Saint Vincent and the Grenadines;St. Vincent and Grenadines;St Vincent and the Grenadines;Saint-Vincent-et-les-Grenadines;St. Vincent und die Grenadinen
        VE|Venezuela|Venezuela;Venezuela, Bolivarian Republic of;Bolivarian Republic of Venezuela;Vénézuela, république bolivarienne du;Venezuela, Bolivarische Republik;République bolivarienne du Vénézuela;Bolivarische Republik Venezuela
        VG|British Virgin Islands|British Virgin Islands;Virgin Islands, British;Îles Vierges britanniques;Britische Jungferninseln
        VI|U.S. Virgin Islands|U.S. Virgin Islands;Virgin Islands, U.S.;Virgin Islands of the United States;Îles Vierges, États-Unis;Amerikanische Jungferninseln;Îles Vierges des États-Unis d'Amérique
        VN|Vietnam|Vietnam;Viet Nam;Socialist Republic of Viet Nam;République socialiste du Viet Nam;Sozialistische Republik Vietnam
        VU|Vanuatu|Vanuatu;Republic of Vanuatu;République du Vanuatu;Republik Vanuatu
        WF|Wallis and Futuna|Wallis and Futuna;Wallis-et-Futuna;Wallis und Futuna
        WS|Samoa|Samoa;Independent State of Samoa;État indépendant de Samoa;Unabhängiger Staat Samoa
        XK|Kosovo|Kosovo;Kosova;Kosovë;Republic of Kosovo;Republika e Kosovës
        YE|Yemen|Yemen;Republic of Yemen;Jemen;République du Yémen;Republik Jemen
        YT|Mayotte|Mayotte
        ZA|South Africa|South Africa;Republic of South Africa;Suid-Afrika;Afrique du Sud;Südafrika;République d'Afrique du Sud;Republik Südafrika
        ZM|Zambia|Zambia;Republic of Zambia;Zambie;Sambia;République de Zambie;Republik Sambia
        ZW|Zimbabwe|Zimbabwe;Republic of Zimbabwe;Simbabwe;République du Zimbabwe;Republik Simbabwe
        """;
}
