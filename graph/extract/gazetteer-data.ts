// World knowledge the extractor starts from, independent of any article: countries with their short forms,
// demonyms and seats of government, and a few international bodies. General reference data, not debate facts.

export interface CountryEntry {
  name: string;
  /** Other names for the state itself. */
  aliases?: string[];
  /** Adjective / plural forms ("French", "the French", "Poles"). */
  demonyms: string[];
  /** Capitals and seats of power that stand for the government ("Moscow", "the Kremlin"). */
  seats: string[];
}

export const COUNTRIES: CountryEntry[] = [
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons', 'Brits'], seats: ['London', 'Downing Street'] },
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'], demonyms: ['American', 'Americans'], seats: ['Washington', 'White House'] },
  { name: 'France', demonyms: ['French', 'Frenchman'], seats: ['Paris', 'Élysée', 'Elysee'] },
  { name: 'Germany', demonyms: ['German', 'Germans'], seats: ['Berlin'] },
  { name: 'Italy', demonyms: ['Italian', 'Italians'], seats: ['Rome'] },
  { name: 'Spain', demonyms: ['Spanish', 'Spaniards'], seats: ['Madrid'] },
  { name: 'Portugal', demonyms: ['Portuguese'], seats: ['Lisbon'] },
  { name: 'Poland', demonyms: ['Polish', 'Poles'], seats: ['Warsaw'] },
  { name: 'Netherlands', aliases: ['the Netherlands', 'Holland'], demonyms: ['Dutch'], seats: ['The Hague', 'Amsterdam'] },
  { name: 'Belgium', demonyms: ['Belgian', 'Belgians'], seats: [] },
  { name: 'Luxembourg', demonyms: ['Luxembourgish'], seats: [] },
  { name: 'Denmark', demonyms: ['Danish', 'Danes'], seats: ['Copenhagen'] },
  { name: 'Sweden', demonyms: ['Swedish', 'Swedes'], seats: ['Stockholm'] },
  { name: 'Norway', demonyms: ['Norwegian', 'Norwegians'], seats: ['Oslo'] },
  { name: 'Finland', demonyms: ['Finnish', 'Finns'], seats: ['Helsinki'] },
  { name: 'Iceland', demonyms: ['Icelandic'], seats: ['Reykjavik'] },
  { name: 'Estonia', demonyms: ['Estonian', 'Estonians'], seats: ['Tallinn'] },
  { name: 'Latvia', demonyms: ['Latvian', 'Latvians'], seats: ['Riga'] },
  { name: 'Lithuania', demonyms: ['Lithuanian', 'Lithuanians'], seats: ['Vilnius'] },
  { name: 'Ireland', demonyms: ['Irish'], seats: ['Dublin'] },
  { name: 'Austria', demonyms: ['Austrian', 'Austrians'], seats: ['Vienna'] },
  { name: 'Switzerland', demonyms: ['Swiss'], seats: ['Bern'] },
  { name: 'Holy See', aliases: ['Vatican', 'Vatican City'], demonyms: [], seats: [] },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech', 'Czechs'], seats: ['Prague'] },
  { name: 'Slovakia', demonyms: ['Slovak', 'Slovaks', 'Slovakian'], seats: ['Bratislava'] },
  { name: 'Hungary', demonyms: ['Hungarian', 'Hungarians'], seats: ['Budapest'] },
  { name: 'Romania', demonyms: ['Romanian', 'Romanians'], seats: ['Bucharest'] },
  { name: 'Bulgaria', demonyms: ['Bulgarian', 'Bulgarians'], seats: ['Sofia'] },
  { name: 'Greece', demonyms: ['Greek', 'Greeks'], seats: ['Athens'] },
  { name: 'Croatia', demonyms: ['Croatian', 'Croatians'], seats: ['Zagreb'] },
  { name: 'Slovenia', demonyms: ['Slovenian', 'Slovenians'], seats: ['Ljubljana'] },
  { name: 'Serbia', demonyms: ['Serbian', 'Serbians'], seats: ['Belgrade'] },
  { name: 'Moldova', demonyms: ['Moldovan', 'Moldovans'], seats: ['Chisinau', 'Chișinău'] },
  { name: 'Georgia', demonyms: ['Georgian', 'Georgians'], seats: ['Tbilisi'] },
  { name: 'Albania', demonyms: ['Albanian', 'Albanians'], seats: ['Tirana'] },
  { name: 'North Macedonia', demonyms: ['North Macedonian'], seats: ['Skopje'] },
  { name: 'Montenegro', demonyms: ['Montenegrin', 'Montenegrins'], seats: ['Podgorica'] },
  { name: 'Bosnia and Herzegovina', aliases: ['Bosnia'], demonyms: ['Bosnian', 'Bosnians'], seats: ['Sarajevo'] },
  { name: 'Kosovo', demonyms: ['Kosovar', 'Kosovars'], seats: ['Pristina'] },
  { name: 'Cyprus', demonyms: ['Cypriot', 'Cypriots'], seats: ['Nicosia'] },
  { name: 'Malta', demonyms: ['Maltese'], seats: ['Valletta'] },
  { name: 'Armenia', demonyms: ['Armenian', 'Armenians'], seats: ['Yerevan'] },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani', 'Azerbaijanis'], seats: ['Baku'] },
  { name: 'Belarus', demonyms: ['Belarusian', 'Belarusians'], seats: ['Minsk'] },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], seats: ['Moscow', 'Kremlin'] },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], seats: ['Kyiv', 'Kiev'] },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turks'], seats: ['Ankara'] },
  { name: 'Canada', demonyms: ['Canadian', 'Canadians'], seats: ['Ottawa'] },
  { name: 'Australia', demonyms: ['Australian', 'Australians'], seats: ['Canberra'] },
  { name: 'New Zealand', demonyms: ['New Zealander'], seats: ['Wellington'] },
  { name: 'Japan', demonyms: ['Japanese'], seats: ['Tokyo'] },
  { name: 'China', demonyms: ['Chinese'], seats: ['Beijing'] },
  { name: 'India', demonyms: ['Indian', 'Indians'], seats: ['New Delhi'] },
  { name: 'South Korea', demonyms: ['South Korean'], seats: ['Seoul'] },
  { name: 'North Korea', demonyms: ['North Korean'], seats: ['Pyongyang'] },
  { name: 'Iran', demonyms: ['Iranian', 'Iranians'], seats: ['Tehran'] },
  { name: 'Israel', demonyms: ['Israeli', 'Israelis'], seats: ['Jerusalem'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi', 'Saudis'], seats: ['Riyadh'] },
  { name: 'Qatar', demonyms: ['Qatari'], seats: ['Doha'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], seats: ['Abu Dhabi'] },
  { name: 'Egypt', demonyms: ['Egyptian'], seats: ['Cairo'] },
  { name: 'Brazil', demonyms: ['Brazilian'], seats: ['Brasília', 'Brasilia'] },
  { name: 'South Africa', demonyms: ['South African'], seats: ['Pretoria'] },
  { name: 'Baltic states', aliases: ['Baltic countries', 'Baltics'], demonyms: ['Baltic'], seats: [] },
];

export interface InstitutionEntry {
  name: string;
  aliases: string[];
}

/** European parties in the debate, by the acronyms and names news uses for them (none a common word). */
const PARTIES: InstitutionEntry[] = [
  { name: 'Christian Democratic Union', aliases: ['CDU'] },
  { name: 'Christian Social Union', aliases: ['CSU'] },
  { name: 'Social Democratic Party of Germany', aliases: ['SPD'] },
  { name: 'Alternative for Germany', aliases: ['AfD'] },
  { name: 'Free Democratic Party', aliases: ['FDP'] },
  { name: "Austrian People's Party", aliases: ['ÖVP', 'OVP'] },
  { name: 'Freedom Party of Austria', aliases: ['FPÖ', 'FPO'] },
  { name: 'Social Democratic Party of Austria', aliases: ['SPÖ'] },
  { name: 'NEOS', aliases: [] },
  { name: 'Spanish Socialist Workers\' Party', aliases: ['PSOE'] },
  { name: 'Podemos', aliases: [] },
  { name: 'Sumar', aliases: [] },
  { name: 'GroenLinks-PvdA', aliases: ['GL-PvdA'] },
  { name: 'Party for Freedom', aliases: ['PVV'] },
  { name: "People's Party for Freedom and Democracy", aliases: ['VVD'] },
  { name: 'Brothers of Italy', aliases: ["Fratelli d'Italia"] },
  { name: 'Forza Italia', aliases: [] },
  { name: 'National Rally', aliases: ['Rassemblement National', 'Rassemblement national'] },
  { name: 'La France Insoumise', aliases: ['LFI'] },
  { name: 'Law and Justice', aliases: ['PiS'] },
  { name: 'Fidesz', aliases: [] },
  { name: "European People's Party", aliases: ['EPP'] },
  { name: 'Motorists for Themselves', aliases: [] },
  { name: 'Fine Gael', aliases: [] },
  { name: 'Fianna Fáil', aliases: ['Fianna Fail'] },
  { name: 'Sinn Féin', aliases: ['Sinn Fein'] },
  { name: 'Scottish National Party', aliases: ['SNP'] },
  { name: 'Alliance for the Union of Romanians', aliases: ['AUR'] },
];
/** A party after a name in brackets ("Friedrich Merz (CDU)") is the person's affiliation, not whom they speak for. */
export const PARTY_NAMES = new Set(PARTIES.map((p) => p.name));

/** International bodies a news reader is assumed to know (their acronyms are not guessable from the text). */
export const INSTITUTIONS: InstitutionEntry[] = [
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'] },
  { name: 'European Commission', aliases: ['Commission', 'EU Commission'] },
  { name: 'European Council', aliases: [] },
  { name: 'European Parliament', aliases: [] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'G7', aliases: ['Group of Seven'] },
  { name: 'Pentagon', aliases: [] },
  // National parliaments act in the debate ("the Sejm voted"); a one-word name has no head word for the NER to read.
  { name: 'Sejm', aliases: [] },
  { name: 'Bundestag', aliases: [] },
  { name: 'Verkhovna Rada', aliases: ['Rada'] },
  { name: 'State Duma', aliases: ['Duma'] },
  { name: 'Riksdag', aliases: [] },
  { name: 'Folketing', aliases: [] },
  { name: 'House of Commons', aliases: ['Commons'] },
  // Parties whose leaders speak in the debate: "Reform UK leader Nigel Farage" speaks for the party, not for the UK.
  { name: 'Reform UK', aliases: [] },
  { name: 'Conservative Party', aliases: ['Conservatives', 'Conservative', 'Tories', 'Tory', 'Tory Party'] },
  // Parties named by a common word, which no head word marks as a body: "The Liberal Democrats had called for a vote",
  // "Mr Healey (Labour, Rawmarsh)", "The Greens, by contrast, called the offer responsible".
  { name: 'Labour Party', aliases: ['Labour'] },
  { name: 'Liberal Democrats', aliases: ['Liberal Democrat', 'Lib Dems', 'Lib Dem'] },
  { name: 'Greens', aliases: ['The Greens'] },
  // More national parliaments whose one-word or foreign names carry no head word the NER reads.
  { name: 'Dáil Éireann', aliases: ['Dáil', 'Dail Eireann'] },
  { name: 'Congress of Deputies', aliases: [] },
  { name: 'Tweede Kamer', aliases: [] },
  { name: 'Storting', aliases: ['Stortinget'] },
  { name: 'Eduskunta', aliases: [] },
  { name: 'Riigikogu', aliases: [] },
  { name: 'Saeima', aliases: [] },
  { name: 'Seimas', aliases: [] },
  { name: 'Knesset', aliases: [] },
  ...PARTIES,
  // Groups of states that meet and speak as one, named without a head word.
  { name: 'Weimar Triangle', aliases: [] },
  { name: 'Nordic-Baltic Eight', aliases: ['NB8'] },
  { name: 'Bucharest Nine', aliases: ['B9'] },
];

/** News organisations cited as sources: reporters of the debate, not actors in it. */
export const OUTLETS = [
  'Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'Politico', 'Axios',
  'Wall Street Journal', 'WSJ', 'New York Times', 'Financial Times', 'FT', 'Guardian', 'Washington Post', 'Telegraph',
  'Times', 'Economist', 'Kyiv Independent', 'Ukrainska Pravda', 'Interfax', 'TASS', 'RIA Novosti', 'Le Monde', 'Der Spiegel',
  'Spiegel', 'Bild', 'Euronews', 'Sky News', 'Fox News', 'NBC', 'CBS', 'ABC', 'Al Jazeera', 'Espreso', 'Ukrinform',
];
