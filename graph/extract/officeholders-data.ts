// World knowledge: who holds (or held, 2024–2025) a public office in the states and bodies of the European security
// debate, and which state or body that office belongs to. General reference data (as a reader knows that Lavrov is
// Russia's foreign minister), not facts of any article: it only tells whose office a text names ("Foreign Minister
// Sergei Lavrov"), never that someone holds a stance.

export interface Officeholder {
  /** Full name, as usually written in English. */
  name: string;
  /** Other spellings of the surname or full name (transliterations). */
  aliases?: string[];
  /** The gazetteer's canonical name of the country or body the office belongs to. */
  body: string;
}

const of = (body: string, ...people: Array<string | [string, ...string[]]>): Officeholder[] =>
  people.map((p) => (Array.isArray(p) ? { name: p[0], aliases: p.slice(1), body } : { name: p, body }));

export const OFFICEHOLDERS: Officeholder[] = [
  ...of('United States', 'Donald Trump', 'JD Vance', 'Marco Rubio', 'Pete Hegseth', 'Steve Witkoff', 'Keith Kellogg', 'Mike Waltz', 'Dan Driscoll', 'Matthew Whitaker', 'Joe Biden', 'Antony Blinken', 'Lloyd Austin', 'Karoline Leavitt', 'Dan Caine', 'Jake Sullivan', 'Kamala Harris'),
  ...of('Russia', 'Vladimir Putin', ['Sergei Lavrov', 'Sergey Lavrov'], 'Dmitry Peskov', 'Maria Zakharova', ['Yuri Ushakov', 'Yury Ushakov', 'Juri Uschakow'], 'Kirill Dmitriev', 'Vladimir Medinsky', 'Andrei Belousov', ['Sergei Shoigu', 'Sergey Shoigu'], 'Dmitry Medvedev', 'Alexander Grushko', 'Valery Gerasimov', 'Vasily Nebenzya', 'Sergei Ryabkov'),
  ...of('Ukraine', ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Wolodymyr Selenskyj', 'Vladimir Zelensky'], ['Andriy Yermak', 'Andrii Yermak', 'Andrei Yermak'], ['Andrii Sybiha', 'Andriy Sybiha'], 'Rustem Umerov', 'Denys Shmyhal', 'Yulia Svyrydenko', ['Oleksandr Syrskyi', 'Oleksandr Syrsky'], 'Kyrylo Budanov', 'Dmytro Kuleba', 'Mykhailo Podolyak', 'Ihor Zhovkva'),
  ...of('United Kingdom', 'Keir Starmer', 'David Lammy', 'John Healey', 'Tony Radakin', 'Yvette Cooper', 'Jonathan Powell', 'Rachel Reeves', 'Rishi Sunak', 'Grant Shapps', 'Luke Pollard', 'Gwyn Jenkins'),
  ...of('France', 'Emmanuel Macron', 'Jean-Noël Barrot', 'Sébastien Lecornu', 'Thierry Burkhard', 'Fabien Mandon', 'François Bayrou', 'Michel Barnier', 'Catherine Vautrin', 'Stéphane Séjourné'),
  ...of('Germany', 'Olaf Scholz', 'Friedrich Merz', 'Boris Pistorius', 'Annalena Baerbock', 'Johann Wadephul', 'Frank-Walter Steinmeier', 'Carsten Breuer', 'Steffen Hebestreit', 'Stefan Kornelius'),
  ...of('Poland', 'Donald Tusk', 'Andrzej Duda', ['Radosław Sikorski', 'Radek Sikorski'], 'Władysław Kosiniak-Kamysz', 'Karol Nawrocki', 'Paweł Wroński'),
  ...of('Italy', 'Giorgia Meloni', 'Antonio Tajani', 'Guido Crosetto', 'Sergio Mattarella'),
  ...of('Netherlands', 'Dick Schoof', 'Ruben Brekelmans', 'Caspar Veldkamp', 'David van Weel'),
  ...of('Belgium', 'Bart De Wever', 'Theo Francken', 'Maxime Prévot', 'Alexander De Croo'),
  ...of('Spain', 'Pedro Sánchez', 'José Manuel Albares', 'Margarita Robles'),
  ...of('Portugal', 'Luís Montenegro'),
  ...of('Greece', 'Kyriakos Mitsotakis'),
  ...of('Ireland', 'Micheál Martin', 'Simon Harris'),
  ...of('Denmark', 'Mette Frederiksen', 'Lars Løkke Rasmussen', 'Troels Lund Poulsen'),
  ...of('Sweden', 'Ulf Kristersson', 'Pål Jonson', 'Maria Malmer Stenergard', 'Tobias Billström'),
  ...of('Norway', 'Jonas Gahr Støre', 'Espen Barth Eide', 'Tore O. Sandvik', 'Bjørn Arild Gram'),
  ...of('Finland', 'Alexander Stubb', 'Petteri Orpo', 'Elina Valtonen', 'Antti Häkkänen'),
  ...of('Estonia', 'Kristen Michal', 'Hanno Pevkur', 'Margus Tsahkna', 'Alar Karis'),
  ...of('Latvia', 'Edgars Rinkēvičs', 'Evika Siliņa', 'Andris Sprūds', 'Baiba Braže'),
  ...of('Lithuania', 'Gitanas Nausėda', 'Kęstutis Budrys', 'Dovilė Šakalienė', 'Gintautas Paluckas', 'Inga Ruginienė'),
  ...of('Hungary', 'Viktor Orbán', 'Péter Szijjártó'),
  ...of('Slovakia', 'Robert Fico', 'Juraj Blanár'),
  ...of('Czech Republic', 'Petr Fiala', 'Petr Pavel', 'Andrej Babiš', 'Jan Lipavský'),
  ...of('Romania', 'Nicușor Dan', 'Klaus Iohannis', 'Ilie Bolojan'),
  ...of('Bulgaria', 'Rumen Radev', 'Rosen Zhelyazkov'),
  ...of('Croatia', 'Andrej Plenković'),
  ...of('Austria', 'Christian Stocker', 'Karl Nehammer', 'Alexander Van der Bellen'),
  ...of('Moldova', 'Maia Sandu'),
  ...of('Belarus', 'Alexander Lukashenko'),
  ...of('Albania', 'Edi Rama'),
  ...of('Turkey', ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'], 'Hakan Fidan', 'Yaşar Güler'),
  ...of('Canada', 'Mark Carney', 'Justin Trudeau', 'Mélanie Joly', 'Anita Anand', 'Bill Blair'),
  ...of('Australia', 'Anthony Albanese', 'Richard Marles', 'Penny Wong'),
  ...of('New Zealand', 'Christopher Luxon'),
  ...of('Japan', 'Shigeru Ishiba', 'Sanae Takaichi'),
  ...of('China', 'Xi Jinping', 'Wang Yi'),
  ...of('India', 'Narendra Modi'),
  ...of('Saudi Arabia', 'Mohammed bin Salman', 'Faisal bin Farhan'),
  ...of('NATO', 'Mark Rutte', 'Jens Stoltenberg', 'Alexus Grynkewich', 'Christopher Cavoli'),
  ...of('European Commission', 'Ursula von der Leyen', 'Andrius Kubilius'),
  ...of('European Council', 'António Costa', 'Charles Michel'),
  ...of('European Union', 'Kaja Kallas', 'Josep Borrell'),
  ...of('United Nations', 'António Guterres'),
];
