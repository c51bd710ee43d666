// The realistic evaluation set's fixed split (data/eval/realistic/README.md): the test half is scored at the end of a
// round of work and never read for errors; everything else is dev.
export const REALISTIC_TEST = ['03', '13', '14', '15', '17', '18', '19', '20', '21', '22', '23', '24'];
// The two digits start the file name: "articles/113-…" is not article 13.
export const isRealisticTest = (file: string) => REALISTIC_TEST.includes(/(?:^|\/)(\d\d)-[^/]*$/.exec(file)?.[1] ?? '');
