/**
 * Hand-written English word lists for reading skill and knowledge labels.
 *
 * Skill labels are imperative verb phrases ("manage budgets"); knowledge
 * labels are noun phrases ("tax legislation"). These lists are general
 * English, written by hand: no label or vocabulary is taken from ESCO data.
 */

const words = (value: string): ReadonlySet<string> => new Set(value.split(/\s+/).filter(Boolean))

/**
 * Verbs that start skill labels and are rarely the first word of a noun
 * phrase.
 */
export const verbs = words(`
  abide accept access accommodate accompany accomplish account accumulate achieve acquire act adapt
  add address adhere adjust administer admit adopt advance advertise advise advocate affix age aid aim
  alert align allocate allow alter amend amplify analyse analyze anchor animate annotate announce
  answer anticipate apply appoint appraise appreciate approach approve arbitrate archive argue arrange
  articulate ascertain assemble assert assess assign assist associate assume assure attach attain
  attend attract audit augment authenticate authorise authorize automate avoid award
  bake balance bandage bargain bathe batch be bear beat become bend bind blanch bleach blend blow
  boil bolt book boost bore bottle braid braise brand break breed brew brief bring broadcast brush
  build bundle burn butcher buy
  calculate calibrate call calm campaign can capture care carry carve cast catalogue categorise
  catch cater celebrate centre certify chair challenge change channel charge chart chase check
  choose chop choreograph circulate clarify classify clean clear climb clip close coach coat code
  collaborate collate collect colour combine come command commission commit communicate compare
  compensate compete compile complete comply compose compound comprehend compress compute conceive
  conceptualise conceptualize conclude condition conduct configure confirm conform connect conserve
  consider consolidate construct consult contact contain contextualise continue contract contribute
  control convert convey convince cook cool cooperate co-operate coordinate co-ordinate cope copy
  correct correspond counsel count cover craft create critique crop crush cultivate cure curate cut
  dampen deal debrief debug decide declare decontaminate decorate decrease dedicate deduct
  defend define deflash defrost delegate deliberate deliver demolish demonstrate deploy deposit
  describe design detail detect determine develop devise diagnose dig digitise direct disassemble
  discard discharge disclose discuss disinfect dismantle dispatch dispense display dispose
  disseminate dissolve distil distinguish distribute dive divide do dock document dose drain
  dramatise drape draw dress drill drink drive dry dye
  earn ease edit educate effect elaborate elect electroplate elevate elicit eliminate embalm embed
  embody embrace emphasise employ empower empty emulate enable encode encourage end endorse
  enforce engage engineer engrave enhance enlarge enrich enrol ensure enter entertain enthuse
  equip erect escort establish estimate etch evacuate evaluate evaporate evolve examine excavate
  exchange execute exercise exhibit expand expedite experiment explain exploit explore export
  express extend extract extrude
  fabricate face facilitate fasten feed fell ferment fertilise fight file fill film filter finalise
  finance find finish fire fit fix flag flatten flavour flush fly focus fold follow forecast forge
  form formulate fortify forward foster frame freeze fry fuel fulfil function fundraise fuse
  gain garnish gather gauge generate get give glaze glue go grade graft grant grind grip groom
  grow guarantee guard guide
  handle hang harmonise harness harvest haul heal heat help hem hire hold hoist host house hunt
  identify ignite illustrate imagine immerse immobilise implement import impose improve improvise
  incorporate increase indicate induct influence inform initiate inject innovate inoculate input
  inquire inseminate insert inspect inspire install instil instruct insulate insure integrate
  interact intercept interpret intervene interview introduce invent inventory invest investigate
  invite invoice involve iron irrigate isolate issue itemise
  join judge justify
  keep kill knit know
  label lace laminate land launch lay lead learn lease lecture lend level liaise license lift light
  limit line link liquidate list listen load lobby localise locate lock log look lubricate
  machine maintain make manage manipulate manufacture map mark market marshal massage master match
  measure mediate meet melt memorise mend mentor merchandise merge mill mine minimise mitigate mix
  mobilise model moderate modernise modify monitor motivate mould mount move mow
  name narrate navigate negotiate network neutralise nominate notify nurse nurture
  obey observe obtain offer officiate oil open operate optimise orchestrate order organise
  organize orient orientate originate outline oversee own
  pace pack package paint participate pass paste patrol pay perceive perfect perform persuade
  photograph pick pierce pilot place plan plant plaster play pledge plot plough plumb polish pose
  position post pour practise practice praise predict prepare prescribe present preserve press
  prevent price prime print prioritise probe process procure produce program programme progress
  project promote prompt proofread propagate propose prosecute protect prove provide prune publicise
  publish pump punch purchase purify pursue put
  qualify quantify query question quote
  raise rate reach react read realise reassure rebuild receive recognise recommend reconcile
  reconstruct record recover recruit recycle redesign redirect reduce refer refine reflect refuel
  register regulate rehabilitate rehearse reinforce reinstate relate relay release relocate remain
  remedy remind remove render renew renovate rent reorganise repair replace replenish report
  represent reproduce request require rescue research reserve reset resolve respect respond rest
  restore restrain restructure retain retrieve return reupholster reuse reveal review revise
  revitalise rewrite rig rinse roast roll rotate route run
  safeguard sail sample sand sanitise satisfy save saw scale scan schedule score scout scrape
  screen screw script scrub seal search season secure see seek segment select sell send
  sense separate sequence serve service set settle sew shape share sharpen shave shear shift ship
  shoot show shred sign simplify simulate sing sketch skim slaughter slice smelt smooth socialise
  solder solicit solve sort source sow speak specify spot spray spread squeeze stabilise stack
  staff stage stain stamp standardise start station steam steer sterilise stimulate stir stitch
  stock store straighten strategise streamline strengthen stretch strike strip structure study
  style submit substitute succeed suggest summarise supervise supplement supply support suppress
  survey suspend sustain swim synchronise synthesise
  tag tailor take talk tan tap target taste teach tell temper tend terminate test thaw think thread
  tidy tie tighten time tolerate tour trace track trade train transcribe transfer transform
  translate transmit transplant transport trap travel treat trim troubleshoot trust tune turn tutor
  type
  uncover undergo underpin understand undertake unload update upgrade uphold upholster use utilise
  utilize
  vaccinate validate value vary vent verify visit visualise voice volunteer
  wait walk warn wash watch water wax weave weigh weld welcome wind winterise wipe withdraw work
  wrap write
  x-ray
  yield
  have wear greet embroider restock maximise maximize minimize strive stay exert reassemble re-assemble
  follow-up prospect upskill multitask multi-task
`)

/**
 * Verbs that are also common first words of noun phrases: "design
 * principles", "process engineering", "market research". They start a skill
 * only when what follows does not make the phrase a noun phrase. Every word
 * here counts as a verb too.
 */
export const ambiguousVerbs = words(`
  account age aid air audit balance book brand brew budget cast catalogue chart check circuit
  code colour control cost cover craft cut dance deal design dive document dose draft draw dress
  drill drive dye estimate exercise export face fashion file film finance fire fish fly focus
  forecast form frame fuel function garden graft guard guide harvest heat host import inventory
  iron issue judge label land lead lease level license light line list load lock log machine
  mail map market master match measure mine model mould name network nurse offer order package
  paint patrol pay pilot place plan plant plaster play plot plumb post practice press price print
  process program programme project quote rate record remedy rent repair report research
  rest return rig roll route run sample saw scale schedule score screen script seal season
  sequence service set shape share ship show sign sketch smelt sound source spray staff stage
  stain stamp steam stock store strategy stretch structure study style supply support survey tag
  tailor tan target taste test time tour trace track trade train transfer transport trap travel
  treat trim tune type value vent voice walk waste water wax weave weld work x-ray yield
  access act aim answer approach award bid brief call campaign care chair challenge change charge
  claim close coach comment compound conduct contact contract cook copy count credit crop cure
  delay demand deposit detail dispatch display drain drink exchange experience experiment feed
  fill finish fix flag frame freeze fund gauge glaze glue grade grip handle help hold impact
  increase index influence input interest interview lift limit link lock mark massage mix monitor
  mount move need note offer outline pack paste pattern permit pitch polish position pour practise
  praise present produce profile progress pump punch purchase question quote raise range reach
  reference register release repeat request rescue reserve respect result review reward risk
  rotate scan scheme search sense shift sketch slice smoke sort spread stamp start state step stop
  strike suspect switch tap teach tie tip total touch trial trust turn update view visit wrap
  transplant cool wind
`)

/**
 * Words that never end a label: articles, prepositions, conjunctions.
 */
export const functionWords = words(`
  a an the and or nor but of for to in on at by with without within from into onto upon about
  above across after against along among around as before behind below beneath beside between
  beyond during except inside like near off out outside over past per since than through
  throughout till toward towards under until unto via whether while their its his her your our
  my this that these those
  regarding concerning including using according related due based involving
  when where whenever wherever if unless because although though whilst how what which who whom whose
`)

/** Articles: a word that one follows is a verb or a preposition, not a noun ("increase the impact …"). */
export const articles = words('a an the')

/**
 * Determiners that never end a label but may open one, rarely: "various
 * types of sand", "appropriate …".
 */
export const determiners = words(`
  such other various different relevant specific appropriate own several multiple
`)

/**
 * Particles and objects that keep a verb phrase going ("carry out", "set up",
 * "take care of"); they never start a label.
 */
export const particles = words(`
  out up down off over back away through together apart
`)

/**
 * Head nouns that typically end a knowledge label ("tax legislation",
 * "marketing principles", "accounting techniques").
 */
export const headNouns = words(`
  activities analysis anatomy applications approaches architecture areas aspects assessment
  biology characteristics chemistry codes components concepts conditions control design
  development devices dynamics economics engineering equipment ethics features framework
  functions functionalities guidelines history hygiene industry instruments jurisdiction knowledge
  language languages law laws legislation literature machinery maintenance management market
  materials mathematics measures mechanics medicine methodologies methods models operation
  operations pathology pharmacology physics physiology policies policy practices principles
  procedures processes production products programmes properties protocols psychology quality
  range regulation regulations requirements research risks rules safety science sciences sector
  services skills software specifications standards strategies structure studies systems
  technique techniques technologies technology terminology theories theory therapy tools
  treatment types
`)

/**
 * Head nouns that make a noun phrase of anything before them, even a verb:
 * "design principles", "sound design techniques", "market research methods".
 */
export const knowledgeHeads = words(`
  principles techniques methods methodologies theory theories legislation regulations law laws
  standards types procedures process processes practices concepts characteristics terminology
  guidelines specifications requirements policies ethics history
`)

/**
 * Words that can be verbs but, opening a label, are usually nouns: "sound
 * design techniques", "market research", "supply chain management".
 */
export const nounFirstWords = words(`
  sound market project film supply source credit air impact network water waste fire food stock
  trade price cost power risk process research design quality safety land light oil steam
  transport travel wind x-ray
`)

/** Common adjectives without a telltale ending ("new", "foreign", "offshore"). */
export const plainAdjectives = words(`
  new old young high low long short big small large full free safe fresh raw dry wet hot cold
  warm cool green red white black early late public private modern ancient foreign corporate
  offshore onshore european urban rural remote main key major minor live whole open proper
  basic complex simple advanced standard local national regional general special
  nuclear linear solar polar lunar
`)

/** Words ending in -ly that are not adverbs. */
export const lyNouns = words(`
  apply supply reply multiply rely ally rally assembly family anomaly monopoly italy jelly belly
  butterfly fly holly lily bully comply
`)

/**
 * Verbs of knowing: a description that opens with one ("Know the laws of
 * …", "Understand the principles of …") describes knowledge more often than
 * a skill, though the word is a verb.
 */
export const knowingVerbs = words(`
  know understand
`)

/** Determiners that open a knowledge description ("The principles of …"). */
export const nounOpeners = words(`
  the a an all any each every various different both several many most some this these those
  its their
`)
