/**
 * Short forms of English given names and the name they shorten, for one person written two ways across outlets
 * ("Dan Okafor" / "Daniel Okafor", "Gerry Whitfield" / "Gerald Whitfield"). Only forms that shorten one name: a
 * form shared by two ("Sam": Samuel or Samantha; "Chris"; "Ted": Edward or Theodore; "Harry": Henry or Harold) is
 * left out, so two people are never made one.
 */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map([
  ['dan', 'daniel'], ['danny', 'daniel'], ['dave', 'david'], ['davy', 'david'], ['mike', 'michael'],
  ['mikey', 'michael'], ['rob', 'robert'], ['robbie', 'robert'], ['bob', 'robert'], ['bobby', 'robert'],
  ['bill', 'william'], ['billy', 'william'], ['jim', 'james'], ['jimmy', 'james'], ['tom', 'thomas'],
  ['tommy', 'thomas'], ['joe', 'joseph'], ['joey', 'joseph'], ['nick', 'nicholas'], ['matt', 'matthew'],
  ['tony', 'anthony'], ['ben', 'benjamin'], ['andy', 'andrew'], ['liz', 'elizabeth'], ['betsy', 'elizabeth'],
  ['jenny', 'jennifer'], ['jen', 'jennifer'], ['greg', 'gregory'], ['jeff', 'jeffrey'], ['ken', 'kenneth'],
  ['kenny', 'kenneth'], ['larry', 'lawrence'], ['ron', 'ronald'], ['don', 'donald'], ['donnie', 'donald'],
  ['jon', 'jonathan'], ['tim', 'timothy'], ['timmy', 'timothy'], ['fred', 'frederick'], ['pete', 'peter'],
  ['sue', 'susan'], ['peggy', 'margaret'], ['maggie', 'margaret'], ['vicky', 'victoria'], ['gerry', 'gerald'],
  ['rick', 'richard'], ['dick', 'richard'], ['rich', 'richard'], ['charlie', 'charles'], ['chuck', 'charles'],
  ['hank', 'henry'], ['walt', 'walter'], ['phil', 'philip'], ['rudy', 'rudolph'], ['barb', 'barbara'],
  ['deb', 'deborah'], ['debbie', 'deborah'], ['kathy', 'katherine'], ['cathy', 'catherine'], ['pam', 'pamela'],
  ['patty', 'patricia'], ['trish', 'patricia'], ['becky', 'rebecca'], ['cindy', 'cynthia'], ['manny', 'manuel'],
  ['zach', 'zachary'], ['josh', 'joshua'], ['jake', 'jacob'], ['abe', 'abraham'], ['lenny', 'leonard'],
  ['stan', 'stanley'], ['vince', 'vincent'],
]);
