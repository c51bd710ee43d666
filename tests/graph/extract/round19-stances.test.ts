import { describe, it, expect } from 'vitest';
import { stances } from './helpers';

// Round 19 (s81): stance wordings and attribution. People invented; the sentences are written here, not taken from any
// evaluation article.

describe('chairing a call of the coalition', () => {
  it('should not read chairing or leading a coalition call as a stance for the coalition', () => {
    expect(stances('On Tuesday Ivo Marek and Nora Lind chaired a video call of the coalition of the willing.')).not.toContain('SUPPORTS:ivo-marek:coalition-of-the-willing');
    expect(stances('Later Ivo Marek led a further call of the coalition of the willing.')).not.toContain('SUPPORTS:ivo-marek:coalition-of-the-willing');
  });

  it('should still read taking part in the coalition call as membership', () => {
    expect(stances('On Saturday Piet Smit took part in the videoconference of the coalition of the willing.')).toContain('SUPPORTS:piet-smit:coalition-of-the-willing');
  });
});

describe('a force in Ukraine', () => {
  it('should read an unnamed force in or for Ukraine as the European force a state offers to contribute to', () => {
    expect(stances('Oslo has said it is ready to contribute to a force in Ukraine.')).toContain('SUPPORTS:norway:european-peacekeeping-force');
    expect(stances('Lisbon would join a force for Ukraine, the minister said.')).toContain('SUPPORTS:portugal:european-peacekeeping-force');
  });

  it('should not read a force placed elsewhere as that force', () => {
    expect(stances('Oslo has said it is ready to contribute to a force in Kosovo.')).not.toContain('SUPPORTS:norway:european-peacekeeping-force');
  });

  it('should not make the described force what "the plan" refers back to', () => {
    const found = stances('What it means for a force in Ukraine is unclear. The reparations loan is shelved. Belgium refused again on Thursday, and the plan fell.');
    expect(found).toContain('OPPOSES:belgium:reparations-loan');
    expect(found).not.toContain('OPPOSES:belgium:european-peacekeeping-force');
  });
});

describe('a proposal named as a time', () => {
  it('should not read "it" after "a force after a ceasefire" as the ceasefire', () => {
    const found = stances('Oslo is ready to contribute to a European force after a ceasefire, and Copenhagen has not ruled it out.');
    expect(found).toContain('SUPPORTS:denmark:european-peacekeeping-force');
    expect(found).not.toContain('SUPPORTS:denmark:ceasefire');
  });

  it('should still read "it" as a ceasefire named as the object', () => {
    expect(stances('Oslo called for a ceasefire, and Copenhagen has not ruled it out.')).toContain('SUPPORTS:denmark:ceasefire');
  });
});

describe('a speaker named inverted after the clause', () => {
  it('should give the stance to the speaker of ", repeated premier X,"', () => {
    const found = stances('Norway does not send soldiers, repeated premier Anna Berg, but is ready to help with training.');
    expect(found).toContain('OPPOSES:anna-berg:european-peacekeeping-force');
    expect(found).toContain('OPPOSES:norway:european-peacekeeping-force');
  });

  it('should not take a person a report is about for the speaker', () => {
    expect(stances('Norway does not send soldiers, said a report on Anna Berg, but it is ready to help with training.')).not.toContain('OPPOSES:anna-berg:european-peacekeeping-force');
  });
});

describe('troops the United States sends', () => {
  it('should read troops the United States refuses to send as U.S. troops, not a European force', () => {
    const found = stances('Officials in Washington said that the United States will not send troops to Ukraine.');
    expect(found).toContain('OPPOSES:united-states:us-troops-in-ukraine');
    expect(found).not.toContain('OPPOSES:united-states:european-peacekeeping-force');
    expect(stances("The U.S. has said again it wouldn't deploy its forces in Ukraine.")).toContain('OPPOSES:united-states:us-troops-in-ukraine');
  });

  it('should not read troops others are asked to send as U.S. troops', () => {
    expect(stances('Washington wants the allies to send troops to Ukraine.')).not.toContain('SUPPORTS:united-states:us-troops-in-ukraine');
    expect(stances('The United States will not send British troops to Ukraine, Ivo Marek said.')).not.toContain('OPPOSES:united-states:us-troops-in-ukraine');
  });
});

describe('a thing said not to be necessary', () => {
  it('should not read "is not necessary" as opposition', () => {
    expect(stances('Ivo Marek said that in his view a ceasefire is not necessary to reach an agreement.')).not.toContain('OPPOSES:ivo-marek:ceasefire');
    expect(stances('Ivo Marek said a ceasefire was not needed.')).not.toContain('OPPOSES:ivo-marek:ceasefire');
  });

  it('should still read "is necessary" as support and "is not acceptable" as opposition', () => {
    expect(stances('Ivo Marek said a ceasefire is necessary.')).toContain('SUPPORTS:ivo-marek:ceasefire');
    expect(stances('Ivo Marek said a ceasefire was unacceptable.')).toContain('OPPOSES:ivo-marek:ceasefire');
  });
});

describe('a negation in an earlier coordinated clause', () => {
  it('should not let "would not" before ", and he …" flip the stance of the clause after', () => {
    const found = stances('Ivo Marek said on Monday that Norway would not send soldiers to Ukraine, and he called the reparations loan "a waste of money".');
    expect(found).toContain('OPPOSES:ivo-marek:reparations-loan');
    expect(found).not.toContain('SUPPORTS:ivo-marek:reparations-loan');
  });

  it('should still read a negation inside the clause after ", and he"', () => {
    expect(stances('Ivo Marek said on Monday that Norway would send soldiers, and he would not back the reparations loan.')).toContain('OPPOSES:ivo-marek:reparations-loan');
  });
});

describe('a threat of sanctions', () => {
  it('should read sanctions threatened over the other side as wanted by the one who threatens them', () => {
    expect(stances('Ivo Marek said further sanctions would follow "until Moscow agrees to talk".')).toContain('SUPPORTS:ivo-marek:new-sanctions-on-russia');
    expect(stances('Anna Berg promised that Norway would keep "tightening the screws" with tougher sanctions.')).toContain('SUPPORTS:anna-berg:new-sanctions-on-russia');
    expect(stances('Anna Berg warned that Moscow would otherwise face sweeping new sanctions.')).toContain('SUPPORTS:anna-berg:new-sanctions-on-russia');
  });

  it('should not make the threatened side a holder, nor read a denied threat', () => {
    expect(stances('Anna Berg warned that Moscow would otherwise face sweeping new sanctions.')).not.toContain('SUPPORTS:russia:new-sanctions-on-russia');
    expect(stances('Ivo Marek said Russia would not face new sanctions this year.')).not.toContain('SUPPORTS:ivo-marek:new-sanctions-on-russia');
    expect(stances('Vladimir Putin said Russia would face new sanctions whatever it did.')).not.toContain('SUPPORTS:vladimir-putin:new-sanctions-on-russia');
  });
});
