namespace Thb.Normalising.Places;

/// <summary>
/// International organisations, EU bodies and missions, one per line: <c>Name|alias;alias;...</c> (alias prefixes as
/// in <see cref="CountryData"/>). A name may end with a marker:
/// <list type="bullet">
/// <item><c>@mission</c> — an EU CSDP mission acronym (EULEX, EUPOL, EUBAM, ...): a country named right after it
/// ("EULEX Kosovo", "EUPOL Afghanistan", "EUBAM Moldova and Ukraine", "EULEX mission in Kosovo") is the mission's
/// name, not a country of the row.</item>
/// <item><c>@field</c> — an organisation with field missions (OSCE, UN, EU, NATO, ...): a country named after
/// "Mission"/"Presence" ("OSCE Mission to Serbia", "UN Interim Administration Mission in Kosovo") belongs to the
/// mission's name. Other field offices ("IOM Office in Cyprus", "UNICEF Albania") keep their country.</item>
/// </list>
/// Organisations whose full names contain a country or region ("Council of the Baltic Sea States",
/// "Economic Community of West African States") are listed with that full name so that, matching longest-first,
/// the organisation wins.
/// </summary>
internal static class OrganisationData
{
    internal const string Table = """
        UN@field|=UN;United Nations;U.N.;Nations Unies;Vereinte Nationen;=ONU;=UNO;UN system;UN agencies
        UNODC|UNODC;United Nations Office on Drugs and Crime;UN Office on Drugs and Crime
        UNHCR|UNHCR;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees;UN Refugee Agency;Office of the United Nations High Commissioner for Refugees
        OHCHR|OHCHR;Office of the High Commissioner for Human Rights;UN Human Rights Council;Human Rights Council
        UNICEF|UNICEF;United Nations Children's Fund;United Nations Children’s Fund;UN Children's Fund
        UNDP|UNDP;United Nations Development Programme;UN Development Programme
        UNFPA|UNFPA;United Nations Population Fund
        UN Women|UN Women;UN-Women;=UNIFEM;United Nations Entity for Gender Equality and the Empowerment of Women
        UNICRI|UNICRI;United Nations Interregional Crime and Justice Research Institute
        UN.GIFT|UN.GIFT;UN GIFT;UNGIFT;Global Initiative to Fight Human Trafficking
        DPKO|DPKO;Department of Peacekeeping Operations;UN Department of Peacekeeping Operations
        UNMIK|UNMIK;United Nations Interim Administration Mission in Kosovo;UN Interim Administration Mission in Kosovo;United Nations Mission in Kosovo;UN Mission in Kosovo
        UNMIL|UNMIL;United Nations Mission in Liberia;UN Mission in Liberia
        UNAMA|UNAMA;United Nations Assistance Mission in Afghanistan
        UNFICYP|UNFICYP;United Nations Peacekeeping Force in Cyprus
        UNIFIL|UNIFIL;United Nations Interim Force in Lebanon
        MONUSCO|MONUSCO;=MONUC
        MINUSTAH|MINUSTAH
        ILO|=ILO;International Labour Organisation;International Labour Organization;International Labor Organization;International Labour Office;=OIT;Internationale Arbeitsorganisation
        IOM|=IOM;International Organization for Migration;International Organisation for Migration;=OIM;Organisation internationale pour les migrations;Internationale Organisation für Migration
        WHO|=WHO;World Health Organization;World Health Organisation
        World Bank|World Bank;Banque mondiale;Weltbank
        WCO|=WCO;World Customs Organization;World Customs Organisation
        OSCE@field|OSCE;Organization for Security and Co-operation in Europe;Organisation for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe;Organisation for Security and Cooperation in Europe;=OSZE
        ODIHR|ODIHR;Office for Democratic Institutions and Human Rights
        Council of Europe|Council of Europe;=CoE;Conseil de l'Europe;Europarat
        GRETA|GRETA;Group of Experts on Action against Trafficking in Human Beings
        GRECO|GRECO;Group of States against Corruption
        Interpol|Interpol;=ICPO;ICPO-Interpol;International Criminal Police Organization;International Criminal Police Organisation
        Europol|Europol;European Police Office
        Eurojust|Eurojust
        Frontex|Frontex;European Border and Coast Guard Agency;European Agency for the Management of Operational Cooperation at the External Borders
        CEPOL|CEPOL;European Police College;European Union Agency for Law Enforcement Training
        FRA|=FRA;Fundamental Rights Agency;EU Fundamental Rights Agency;European Union Agency for Fundamental Rights;EU Agency for Fundamental Rights;Agency for Fundamental Rights
        EASO|EASO;European Asylum Support Office;EUAA;European Union Agency for Asylum
        EMSA|EMSA;European Maritime Safety Agency
        CFCA|CFCA;Community Fisheries Control Agency;EFCA;European Fisheries Control Agency
        EIGE|EIGE;European Institute for Gender Equality
        EEAS|EEAS;European External Action Service
        European Commission|European Commission;Commission européenne;Europäische Kommission;EU Commission;DG Home Affairs;DG Home;DG Justice;DG Enlargement;DG Development Cooperation;DG DEVCO;DG NEAR;DG ECHO;EuropeAid
        European Parliament|European Parliament;Parlement européen;Europäisches Parlament
        Council of the EU|Council of the European Union;Council of the EU;General Secretariat of the Council;Secretariat General of the Council;=GSC
        COSI|=COSI;Standing Committee on Operational Cooperation on Internal Security
        OLAF|OLAF;European Anti-Fraud Office
        SitCen|SitCen;Joint Situation Centre;EU Joint Situation Centre;EU SitCen;=INTCEN;EU INTCEN
        EU Anti-Trafficking Coordinator|Anti-Trafficking Coordinator;EU Anti-Trafficking Coordinator;=ATC
        EULEX@mission|EULEX;EU Rule of Law Mission
        EUPOL@mission|EUPOL
        EUPM@mission|EUPM;EU Police Mission
        EUFOR@mission|EUFOR
        EUBAM@mission|EUBAM;EU Border Assistance Mission
        EUMM@mission|EUMM;EU Monitoring Mission
        EUCAP@mission|EUCAP
        EUTM@mission|EUTM;EU Training Mission
        EUJUST@mission|EUJUST;EUJUST LEX
        EUAM@mission|EUAM;EU Advisory Mission
        EUNAVFOR@mission|EUNAVFOR;EU NAVFOR
        EUSEC@mission|EUSEC
        EUAVSEC@mission|EUAVSEC
        NATO@field|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;=OTAN
        ICC|=ICC;International Criminal Court;Cour pénale internationale;Internationaler Strafgerichtshof
        ICTY|ICTY;International Criminal Tribunal for the former Yugoslavia
        ICMPD|ICMPD;International Centre for Migration Policy Development;International Center for Migration Policy Development
        ECOWAS|ECOWAS;Economic Community of West African States;=CEDEAO
        SADC|SADC;Southern African Development Community
        African Union|African Union;Union africaine;Afrikanische Union
        ASEAN|ASEAN;Association of Southeast Asian Nations;Association of South East Asian Nations
        OAS|=OAS;Organization of American States;Organisation of American States
        League of Arab States|League of Arab States;Arab League
        Gulf Cooperation Council|Gulf Cooperation Council;=GCC;Cooperation Council for the Arab States of the Gulf
        Union for the Mediterranean|Union for the Mediterranean;=UfM
        MARRI|MARRI;Migration, Asylum, Refugees Regional Initiative;Migration Asylum Refugees Regional Initiative
        BSEC|BSEC;Black Sea Economic Cooperation;Organization of the Black Sea Economic Cooperation
        CBSS|CBSS;Council of the Baltic Sea States;CBSS TF-THB
        Nordic Council of Ministers|Nordic Council of Ministers;Nordic Council
        PTN|=PTN;Police and Customs Cooperation in the Nordic Countries;Police and Custom cooperation between the Nordic countries
        Regional Cooperation Council|Regional Cooperation Council;=RCC
        Stability Pact for South Eastern Europe|Stability Pact;Stability Pact for South Eastern Europe;Stability Pact for South East Europe;Stability Pact for Southeast Europe
        SECI Centre|SECI;SECI Centre;SECI Center;Southeast European Cooperative Initiative;Southeast European Cooperation Initiative;South East European Cooperative Initiative;South East European Cooperation Initiative;SECI Regional Center for Combating Trans-border Crime
        SELEC|SELEC;Southeast European Law Enforcement Center;Southeast European Law Enforcement Centre;South East European Law Enforcement Centre;South East European Law Enforcement Center
        SEPCA|SEPCA;South East European Police Chiefs Association;Southeast European Police Chiefs Association
        PCC SEE|PCC SEE;Police Cooperation Convention for Southeast Europe;Police Cooperation Convention for South East Europe;Police Cooperation Convention for South-East Europe
        ILECU|ILECU;ILECUs;International Law Enforcement Coordination Units;International Law Enforcement Coordination Unit
        Brdo Process|Brdo Process
        Budapest Process|Budapest Process
        Prague Process|Prague Process
        Rabat Process|Rabat Process
        Khartoum Process|Khartoum Process
        Bali Process|Bali Process
        Salzburg Forum|Salzburg Forum
        COMJIB|COMJIB;Conference of Ministers of Justice of the Ibero-American Countries;Conference of Ministers of Justice of Ibero-American Countries
        CPLP|CPLP;Community of Portuguese Language Countries;Community of Portuguese Speaking Countries
        CIS|=CIS;Commonwealth of Independent States
        FBI|=FBI;Federal Bureau of Investigation
        La Strada|La Strada;La Strada International
        LEFÖ-IBF|LEFÖ-IBF;LEFÖ IBF;LEFÖ;Lefoe
        Red Cross|Red Cross;International Committee of the Red Cross;=ICRC;=IFRC;Red Crescent;Croix-Rouge;Rotes Kreuz
        ECPAT|ECPAT
        Terre des Hommes|Terre des Hommes
        Save the Children|Save the Children
        Caritas|Caritas
        Anti-Slavery International|Anti-Slavery International
        Amnesty International|Amnesty International
        Human Rights Watch|Human Rights Watch
        IRASEC|IRASEC;Research Institute on Contemporary Southeast Asia;Institute of Research on Contemporary Southeast Asia
        EMPACT|EMPACT
        """;
}
