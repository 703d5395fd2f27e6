/**
 * `npm run eval`: the tuning set (intent level, labelled next to the knowledge base) and the held-out set (written
 * blind, frozen; scored through the real Application). `--misses` also lists the held-out misses.
 */
import { BotHarness } from '../support/botHarness';
import { join } from 'node:path';
import { HELDOUT_PATH, loadHeldout, type EvalItem } from './heldoutSet';
import { conversations } from './conversations';
import { questions } from './questions';
import { resolveQuestion } from './resolve';
import { median, scoreItems } from './scoreConversations';
import { itemsWithSlips, seeded } from './slips';

const TARGETS = { tuning: 0.98, inScope: 0.95, declined: 0.95, medianChars: 1000 };
/**
 * The exit code guards against regressions, not the targets: CI fails when a change drops a figure below what main
 * reached, while the (higher) targets are printed beside each figure so a miss is visible, never hidden by a pass.
 */
const FLOORS = { tuning: 0.98 };
/**
 * The held-out questions answered (or declined) right as typed, asked again with one slip of a key each: the share that
 * keeps its answer or decline. Before slips were set right (2026-12-02, seeds 7, 11 and 23) 94.2-95.1% kept their answer
 * and 88.9-89.8% their decline; since, 99.1-99.5% and 98.4-98.8%. Floors sit just under those.
 */
const SLIPS = { seed: 7, floors: { answer: 0.98, decline: 0.97 } };

/**
 * Both sets were written blind from the public docs. Set A's misses were read to find missing classes (never to copy
 * a sentence). Set B was measured once as it came (85.4% in scope, 77.8% declined); since then only the classes of
 * its misses were passed on, never its sentences. Floors sit just under the last figures, so a regression fails CI.
 */
const HELDOUT_SETS = [
    { name: 'held-out A', path: HELDOUT_PATH, floors: { inScope: 0.99, declined: 0.99 } },
    { name: 'held-out B', path: join(__dirname, 'heldout', 'heldout2.json'), floors: { inScope: 0.99, declined: 0.99 } },
    /**
     * Set C was written blind like the others, after A and B had been worked through; measured as it came: 81.1% in
     * scope, 88.9% declined. Its misses were read once by the lead for classes, passed on as classes; `--misses` does
     * not list them, so whoever changes the knowledge never sees its sentences.
     */
    { name: 'held-out C', path: join(__dirname, 'heldout', 'heldout3.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /** Set D, written blind after C: measured as it came, 87.8% in scope, 88.9% declined; read once by the lead for classes. */
    { name: 'held-out D', path: join(__dirname, 'heldout', 'heldout4.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Set E, written blind after D by someone who saw none of the others: 89.4% in scope and 95.6% declined when it
     * came; read once by the lead for classes when set F was commissioned.
     */
    { name: 'held-out E', path: join(__dirname, 'heldout', 'heldout5.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Set F, written blind after E by someone who saw none of the others: 88.4% in scope and 93.3% declined when it came.
     * Its misses were read once by the lead (2026-12-01) and passed on as classes.
     */
    { name: 'held-out F', path: join(__dirname, 'heldout', 'heldout6.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Sets G to J, written blind on 2026-12-01 by four writers who saw none of the other sets, each with its own persona
     * (a reseller's bench on a phone; a school district; an MSP for several customers; an in-house team handing devices
     * over between shifts). H and I were read once by the lead and passed on as classes. G and J were never read:
     * nobody has seen their misses, only their whole figures, so they are the figures to expect from a new user.
     */
    { name: 'held-out G', path: join(__dirname, 'heldout', 'heldout7.json'), floors: { inScope: 0.95, declined: 0.97 }, missesHidden: true },
    { name: 'held-out H', path: join(__dirname, 'heldout', 'heldout8.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out I', path: join(__dirname, 'heldout', 'heldout9.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out J', path: join(__dirname, 'heldout', 'heldout10.json'), floors: { inScope: 0.94, declined: 0.99 }, missesHidden: true },
    /**
     * Sets K and L, written blind on 2026-12-01 (second day) by two writers who saw none of the other sets: an MSP's
     * field technicians for several customer tenants (K), a school district's summer refresh (L). Measured as they came
     * on main at 39ce477: K 87.3% in scope, 84.4% declined; L 86.3% and 93.3%. Both sets' misses were read once by the lead
     * (K first, then L) and passed on as classes.
     */
    { name: 'held-out K', path: join(__dirname, 'heldout', 'heldout11.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out L', path: join(__dirname, 'heldout', 'heldout12.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Sets M and N, written blind later the same day by two more writers who saw none of the other sets: a hospital's IT
     * under strict security (M), a reseller's staging centre (N). Measured as they came (after the classes of K and L):
     * M 89.3% in scope, 95.6% declined; N 85.6% and 88.9%. Never read: only their whole figures are measured.
     */
    { name: 'held-out M', path: join(__dirname, 'heldout', 'heldout13.json'), floors: { inScope: 0.92, declined: 0.99 }, missesHidden: true },
    { name: 'held-out N', path: join(__dirname, 'heldout', 'heldout14.json'), floors: { inScope: 0.96, declined: 0.93 }, missesHidden: true },
    /**
     * Sets O and P, written blind on 2026-12-01 (third day) by two writers who saw none of the other sets: a retail
     * chain's depot (O), a small company's one-person IT and two juniors in their first weeks (P). Measured as they came on
     * main at 86cae13: O 88.3% in scope, 91.1% declined; P 85.7% and 87.0%. O was never read; P's misses were read once by
     * the lead and passed on as classes.
     */
    { name: 'held-out O', path: join(__dirname, 'heldout', 'heldout15.json'), floors: { inScope: 0.94, declined: 0.95 }, missesHidden: true },
    { name: 'held-out P', path: join(__dirname, 'heldout', 'heldout16.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Sets Q and R, written blind on 2026-12-02 by two writers who saw none of the other sets: a manufacturing plant's IT
     * (rugged tablets, a strict proxy, English as a second language) (Q), a public-sector agency whose bench work is done
     * by a contractor, questions relayed by its service desk (R). Measured as they came on main at 9820771: Q 91.0% in
     * scope (203/223), 86.7% declined (39/45); R 88.6% (195/220) and 86.7% (39/45). Q's misses were read once by the lead
     * and passed on as classes; R was never read: only its whole figures are measured.
     */
    { name: 'held-out Q', path: join(__dirname, 'heldout', 'heldout17.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out R', path: join(__dirname, 'heldout', 'heldout18.json'), floors: { inScope: 0.95, declined: 0.93 }, missesHidden: true },
    /**
     * Set S, written blind on 2026-12-02 (second session) by a writer who saw none of the other sets: a university's
     * student workers re-imaging lab and staff laptops at night, asking from their phones. Measured as it came on main at
     * 3429768: 92.7% in scope (217/234), 88.9% declined (40/45). Never read: only its whole figures are measured.
     */
    { name: 'held-out S', path: join(__dirname, 'heldout', 'heldout19.json'), floors: { inScope: 0.95, declined: 0.93 }, missesHidden: true },
    /**
     * Set T, written blind on 2026-12-02 (third session) by a writer who saw none of the other sets, no code and no
     * knowledge base: a hospital group's bench technicians (many contractors on their first Autopilot project) preparing
     * ward workstations before a go-live, writing from phones. Measured as it came on main at b8c801b: 88.1% in scope (207/235), 84.4% declined (38/45).
     * Its misses were then read once by the lead and passed on as classes; its figures since say how well those were fixed.
     */
    { name: 'held-out T', path: join(__dirname, 'heldout', 'heldout20.json'), floors: { inScope: 0.96, declined: 0.97 }, missesHidden: true },
    /**
     * Set U, written blind on 2026-12-02 (fourth session) by a writer who saw none of the other sets, no code and no
     * knowledge base: a construction company's IT (two bench technicians, an apprentice, a reseller pre-provisioning part
     * of each batch, site managers as users; several not native speakers). Measured as it came on main at 4d3ae87: 91.1%
     * in scope (214/235), 91.1% declined (41/45), the same as on the session's starting code. Its misses were then read
     * once by the lead and passed on as classes.
     */
    { name: 'held-out U', path: join(__dirname, 'heldout', 'heldout21.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Set V, written blind later on 2026-12-02 (fourth session) by a writer who saw none of the other sets, no code and no
     * knowledge base: an MSP's offshore staging team preparing laptops for a law firm and a chain of veterinary clinics,
     * writing business English ("kindly advise", "please do the needful", "sir"). Measured as it came on main at 08e82bc:
     * 83.4% in scope (196/235), 88.9% declined (40/45); the session's starting code had 84.3% and 86.7%. Its misses were
     * then read once by the lead and passed on as classes.
     */
    { name: 'held-out V', path: join(__dirname, 'heldout', 'heldout22.json'), floors: { inScope: 0.95, declined: 0.97 }, missesHidden: true },
    /**
     * Set W, written blind on 2026-12-02 (fifth session) by a writer who saw none of the other sets, no code and no
     * knowledge base: a European logistics company's depot technicians preparing rugged laptops for drivers and
     * warehouse staff, writing English as a second language (false friends, German and Spanish word order). Measured
     * as it came on main at 0ce6864: 88.5% in scope (208/235), 80.0% declined (36/45). Its misses were then read once by
     * the lead and passed on as classes.
     */
    { name: 'held-out W', path: join(__dirname, 'heldout', 'heldout23.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    /**
     * Sets X and Y, written blind on 2026-12-03 (sixth session) by two writers who saw none of the other sets, no code
     * and no knowledge base: a regional bank moving from SCCM task-sequence imaging, its branch technicians dictating to
     * their phones ("E S P", "T P M", "zero x eight one…", "in SCCM we would…") (X); a small MSP's two technicians
     * typing fast lowercase shorthand for many small customers (Y). Measured as they came on main at 2fe2e65: X 82.1% in
     * scope (193/235), 84.4% declined (38/45); Y 82.1% (193/235) and 93.3% (42/45). X's misses were then read once by
     * the lead and passed on as classes. Y, unread through the sixth session (84.7% / 93.3% at its end), was read in the
     * seventh for classes.
     */
    { name: 'held-out X', path: join(__dirname, 'heldout', 'heldout24.json'), floors: { inScope: 0.97, declined: 0.95 }, missesHidden: true },
    { name: 'held-out Y', path: join(__dirname, 'heldout', 'heldout25.json'), floors: { inScope: 0.98, declined: 0.99 }, missesHidden: true },
    /**
     * Sets Z and ZZ, written blind later on 2026-12-03 by two more writers who saw none of the other sets, no code and
     * no knowledge base: an airline's ground IT at two hubs, night-shift technicians new to Autopilot describing screens in
     * plain words, and a cautious change manager (Z); a retail chain whose store managers run the technician part
     * themselves from a printed guide, with a small central IT team (ZZ). On the session's starting code (2fe2e65): Z
     * 84.7% in scope (199/235), 68.9% declined (31/45); ZZ 85.5% (201/235), 88.9% (40/45). Z's misses were then read
     * once by the lead and passed on as classes; ZZ was never read.
     */
    { name: 'held-out Z', path: join(__dirname, 'heldout', 'heldout26.json'), floors: { inScope: 0.97, declined: 0.95 }, missesHidden: true },
    { name: 'held-out ZZ', path: join(__dirname, 'heldout', 'heldout27.json'), floors: { inScope: 0.91, declined: 0.91 }, missesHidden: true },
    /**
     * Sets AA and AB, written blind later on 2026-12-03 by two more writers who saw none of the other sets, no code and
     * no knowledge base: an oil and gas company's depot preparing rugged laptops for offshore rigs on satellite links, an
     * OT-security officer and a project lead (AA); a charity's one IT person and chatty volunteer helpers (AB). On the
     * session's starting code (2fe2e65): AA 86.8% in scope (204/235), 71.1% declined (32/45); AB 83.8% (197/235), 80.0%
     * (36/45). After X's and Z's classes (84987e8), before anyone read them: AA 87.7% and 73.3%; AB 85.1% and 86.7%.
     * AA's misses were then read by the lead and passed on as classes; AB, unread through the sixth session (85.5% /
     * 88.9% at its end), was read in the seventh for classes.
     */
    { name: 'held-out AA', path: join(__dirname, 'heldout', 'heldout28.json'), floors: { inScope: 0.97, declined: 0.95 }, missesHidden: true },
    { name: 'held-out AB', path: join(__dirname, 'heldout', 'heldout29.json'), floors: { inScope: 0.98, declined: 0.97 }, missesHidden: true },
    /**
     * Sets AC, AD and AE, written blind on 2026-12-03 (seventh session) by three writers who saw none of the other sets,
     * no code and no knowledge base: a public hospital's night-shift desktop team copying codes from photos of the screen
     * (OCR slips such as "0x8O1CO3EA") (AC); a university staging lab's student workers in slang and emojis, and their
     * sysadmin (AD); a European logistics company's coordinators writing English as a second language, with German and
     * Spanish screen text (AE). As they came, on main at ee018d0: AC 87.7% in scope (206/235), 82.2% declined (37/45);
     * AD 93.2% (219/235), 82.2% (37/45); AE 94.0% (221/235), 93.3% (42/45). AC was then read for classes; AD and AE
     * were never read (one AD class, a loaner laptop declined as a hardware return, was found from how many of its answers
     * each neighbour declined, without its sentences).
     */
    { name: 'held-out AC', path: join(__dirname, 'heldout', 'heldout30.json'), floors: { inScope: 0.98, declined: 0.97 }, missesHidden: true },
    { name: 'held-out AD', path: join(__dirname, 'heldout', 'heldout31.json'), floors: { inScope: 0.97, declined: 0.84 }, missesHidden: true },
    { name: 'held-out AE', path: join(__dirname, 'heldout', 'heldout32.json'), floors: { inScope: 0.95, declined: 0.95 }, missesHidden: true },
    /**
     * Sets AF to AJ, written blind on 2026-12-03 (eighth session) by five writers who saw none of the other sets, no code
     * and no knowledge base: an MSP's bench technicians writing terse tickets with pasted log lines (AF); a school
     * district's summer volunteers describing the screen in plain words, often dictated (AG); a retail chain's field
     * technicians typing fragments on their phones, and its endpoint engineer (AH); an OEM reseller's staging line in
     * Manila and Kuala Lumpur (AI); a nonprofit's "accidental IT person" and a retired sysadmin volunteer (AJ). As they
     * came, on main at dbf454d: AF 93.2% in scope (219/235), 82.2% declined (37/45); AG 85.5% (201/235), 77.8% (35/45);
     * AH 91.9% (216/235), 75.6% (34/45); AI 88.1% (207/235), 77.8% (35/45); AJ 84.3% (198/235), 80.0% (36/45). AG was
     * read for classes, then AI (once AG's classes had landed: 89.4% and 77.8% at that point), then AJ (85.5% and 80.0%
     * at that point); AF and AH were never read, so their figures are the ones to expect from a new user.
     */
    { name: 'held-out AF', path: join(__dirname, 'heldout', 'heldout33.json'), floors: { inScope: 0.95, declined: 0.93 }, missesHidden: true },
    { name: 'held-out AG', path: join(__dirname, 'heldout', 'heldout34.json'), floors: { inScope: 0.99, declined: 0.95 }, missesHidden: true },
    { name: 'held-out AH', path: join(__dirname, 'heldout', 'heldout35.json'), floors: { inScope: 0.92, declined: 0.8 }, missesHidden: true },
    { name: 'held-out AI', path: join(__dirname, 'heldout', 'heldout36.json'), floors: { inScope: 0.97, declined: 0.97 }, missesHidden: true },
    { name: 'held-out AJ', path: join(__dirname, 'heldout', 'heldout37.json'), floors: { inScope: 0.95, declined: 0.97 }, missesHidden: true },
    /**
     * Sets AK to AP, written blind on 2026-12-03 (ninth session) by six writers who saw none of the other sets, no code
     * and no knowledge base: a hospital network's night bench and its new Intune admin (AK); a university's refresh desk,
     * its lead and a faculty liaison (AL); a law and accounting firm's formal IT manager, juniors and a partner (AM); a
     * European public agency writing English as a second language (AN); a logistics company's loading-dock coordinator on
     * a phone, and its MSP engineer (AO); a software startup's IT engineers and its people-ops coordinator (AP). As they
     * came, on main at b370a68: AK 93.2% in scope (219/235), 71.1% declined (32/45); AL 89.8% (211/235), 80.0% (36/45);
     * AM 94.0% (221/235), 80.0% (36/45); AN 92.8% (218/235), 84.4% (38/45); AO 91.1% (214/235), 75.6% (34/45); AP 89.8%
     * (211/235), 77.8% (35/45). Each was read in turn once the classes of the ones before had landed (AL at 90.2% and
     * 80.0% then, AM at 94.9% and 80.0%, AN at 93.2% and 86.7%, AO at 91.5% and 75.6%); AP was never read.
     */
    { name: 'held-out AK', path: join(__dirname, 'heldout', 'heldout38.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out AL', path: join(__dirname, 'heldout', 'heldout39.json'), floors: { inScope: 0.98, declined: 0.99 }, missesHidden: true },
    { name: 'held-out AM', path: join(__dirname, 'heldout', 'heldout40.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out AN', path: join(__dirname, 'heldout', 'heldout41.json'), floors: { inScope: 0.98, declined: 0.99 }, missesHidden: true },
    { name: 'held-out AO', path: join(__dirname, 'heldout', 'heldout42.json'), floors: { inScope: 0.99, declined: 0.97 }, missesHidden: true },
    { name: 'held-out AP', path: join(__dirname, 'heldout', 'heldout43.json'), floors: { inScope: 0.91, declined: 0.91 }, missesHidden: true },
    /**
     * Sets AQ and AR, written blind on 2026-12-03 (ninth session), after that session's classes had landed, by two
     * writers who saw none of the other sets, no code and no knowledge base: a regional bank's branch technicians in a
     * change-controlled staging room, an engineer writing Issue/Expected/Actual tickets and a compliance-minded lead (AQ);
     * a hotel group's one-per-property IT generalists typing on phones, and the group's Intune admin (AR). On the
     * session's starting code (b370a68): AQ 91.9% in scope (216/235), 80.0% declined (36/45); AR 91.5% (215/235), 66.7%
     * (30/45). As they came, on the session's code before its last class (a word other trades share, alone): AQ 92.3% and
     * 82.2%, AR 92.3% and 68.9%. Never read.
     */
    { name: 'held-out AQ', path: join(__dirname, 'heldout', 'heldout44.json'), floors: { inScope: 0.92, declined: 0.86 }, missesHidden: true },
    { name: 'held-out AR', path: join(__dirname, 'heldout', 'heldout45.json'), floors: { inScope: 0.93, declined: 0.82 }, missesHidden: true },
    /**
     * Set AS, written blind at the end of the ninth session, after all its classes but AT's had landed, by a writer who saw none
     * of the other sets, no code and no knowledge base: a construction firm's site IT technician on a 4G router, the
     * head-office Intune admin and project managers. On the session's starting code (b370a68): 91.1% in scope
     * (214/235), 66.7% declined (30/45); as it came, on 742876c: 92.3% (217/235), 82.2% (37/45). Never read.
     */
    { name: 'held-out AS', path: join(__dirname, 'heldout', 'heldout46.json'), floors: { inScope: 0.93, declined: 0.84 }, missesHidden: true },
    /**
     * Set AT, written blind at the end of the ninth session by a writer who saw none of the other sets, no code and no
     * knowledge base: a broadcaster's chatty service-desk analyst and its security engineer. On the session's starting
     * code (b370a68): 85.1% in scope (200/235), 75.6% declined (34/45); as it came, on 53ba6ac: 86.0% (202/235), 86.7%
     * (39/45). Read for classes (AS, unread, gained one answer from them).
     */
    { name: 'held-out AT', path: join(__dirname, 'heldout', 'heldout47.json'), floors: { inScope: 0.97, declined: 0.99 }, missesHidden: true },
    /**
     * Sets AU–AY, written blind at the start of the tenth session (2026-12-03) by five writers who saw none of the other
     * sets, no code and no knowledge base: an insurer's remote-first IT and a claims manager (AU); a pharmaceutical
     * company's validated-systems engineer and lab technicians (AV); a stadium's seasonal event technicians (AW); a
     * contact centre's IT associates in Manila and Pune (AX); a car dealership group's IT person dictating into a phone,
     * a sales manager and a service advisor (AY). As they came, on the session's starting code (94560e5): AU 96.2% in
     * scope (226/235), 93.3% declined (42/45); AV 94.0% (221/235), 88.9% (40/45); AW 92.3% (217/235), 93.3% (42/45); AX
     * 91.1% (214/235), 84.4% (38/45); AY 87.2% (205/235), 77.8% (35/45). AU, AW, AX and AY were read for classes; AV was
     * never read.
     */
    { name: 'held-out AU', path: join(__dirname, 'heldout', 'heldout48.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out AV', path: join(__dirname, 'heldout', 'heldout49.json'), floors: { inScope: 0.95, declined: 0.88 }, missesHidden: true },
    { name: 'held-out AW', path: join(__dirname, 'heldout', 'heldout50.json'), floors: { inScope: 0.99, declined: 0.97 }, missesHidden: true },
    { name: 'held-out AX', path: join(__dirname, 'heldout', 'heldout51.json'), floors: { inScope: 0.99, declined: 0.97 }, missesHidden: true },
    { name: 'held-out AY', path: join(__dirname, 'heldout', 'heldout52.json'), floors: { inScope: 0.97, declined: 0.99 }, missesHidden: true },
    /**
     * Sets AZ, BA and BB, written blind in the tenth session after its first classes had landed, by writers who saw none of
     * the other sets, no code and no knowledge base: a remote mine's site technicians and a head-office Intune engineer
     * (AZ); an architecture practice's IT manager, a junior and the practice manager (BA); a Latin American retailer's IT
     * team writing English as a second language (BB). On the session's starting code (94560e5): AZ 94.0% in scope
     * (221/235), 84.4% declined (38/45); BA 90.6% (213/235), 84.4% (38/45); BB 92.3% (217/235), 95.6% (43/45). AZ and BA
     * were read for classes; BB was never read.
     */
    { name: 'held-out AZ', path: join(__dirname, 'heldout', 'heldout53.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out BA', path: join(__dirname, 'heldout', 'heldout54.json'), floors: { inScope: 0.98, declined: 0.95 }, missesHidden: true },
    { name: 'held-out BB', path: join(__dirname, 'heldout', 'heldout55.json'), floors: { inScope: 0.92, declined: 0.95 }, missesHidden: true },
    /**
     * Sets BC, BD and BE, written blind late in the tenth session by writers who saw none of the other sets, no code and no
     * knowledge base: a county library network's systems librarian, branch staff and a contractor (BC); a water and power
     * utility's field IT, an OT engineer and a crew supervisor (BD); an e-commerce company's one-person IT, its office
     * manager and a partner consultant (BE). On the session's starting code (94560e5): BC 94.5% in scope (222/235), 84.4%
     * declined (38/45); BD 93.6% (220/235), 82.2% (37/45); BE 91.5% (215/235), 91.1% (41/45). Never read.
     */
    { name: 'held-out BC', path: join(__dirname, 'heldout', 'heldout56.json'), floors: { inScope: 0.96, declined: 0.84 }, missesHidden: true },
    { name: 'held-out BD', path: join(__dirname, 'heldout', 'heldout57.json'), floors: { inScope: 0.96, declined: 0.84 }, missesHidden: true },
    { name: 'held-out BE', path: join(__dirname, 'heldout', 'heldout58.json'), floors: { inScope: 0.93, declined: 0.91 }, missesHidden: true },
    /**
     * Sets BF, BG, BH and BI, written blind at the start of the eleventh session by writers who saw none of the other sets,
     * no code and no knowledge base: a university research lab's graduate-student IT helper (BF); a managed service
     * provider's technician working for many small customers (BG); a hotel chain's French-speaking IT staff (BH); a
     * government agency's desktop engineer (BI). On the session's starting code (75e5d3c): BF 94.0% in scope (221/235),
     * 91.1% declined (41/45); BG 96.2% (226/235), 71.1% (32/45); BH 93.2% (219/235), 84.4% (38/45); BI 92.8% (218/235),
     * 82.2% (37/45). BF and BG were read for classes; BH and BI were never read.
     */
    { name: 'held-out BF', path: join(__dirname, 'heldout', 'heldout59.json'), floors: { inScope: 0.97, declined: 0.99 }, missesHidden: true },
    { name: 'held-out BG', path: join(__dirname, 'heldout', 'heldout60.json'), floors: { inScope: 0.99, declined: 0.99 }, missesHidden: true },
    { name: 'held-out BH', path: join(__dirname, 'heldout', 'heldout61.json'), floors: { inScope: 0.94, declined: 0.84 }, missesHidden: true },
    { name: 'held-out BI', path: join(__dirname, 'heldout', 'heldout62.json'), floors: { inScope: 0.94, declined: 0.82 }, missesHidden: true }
];
const percent = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}% (${part}/${whole})`;

async function main(): Promise<void> {
    const showMisses = process.argv.includes('--misses');
    let correct = 0;
    for (const { text, expect } of questions) {
        const got = resolveQuestion(text);
        if (got === expect) correct++;
        else console.log(`tuning miss: "${text}" expected ${expect}, got ${got}`);
    }
    const tuning = correct / questions.length;
    console.log(`tuning: ${percent(correct, questions.length)}  target ≥ ${TARGETS.tuning * 100}%`);

    const bot = await BotHarness.start();
    try {
        const talks = await scoreItems(bot, conversations);
        for (const r of talks.filter((x) => !x.passed)) console.log(`tuning conversation miss ${r.item.id}: ${r.seen.replace(/\s+/g, ' ').slice(0, 160)}`);
        console.log(`tuning conversations: ${percent(talks.filter((r) => r.passed).length, talks.length)}`);
        let aboveFloors = tuning >= FLOORS.tuning;
        let met = tuning >= TARGETS.tuning;
        const rightAsTyped: EvalItem[] = [];
        for (const set of HELDOUT_SETS) {
            const heldout = loadHeldout(set.path);
            if (!heldout) {
                console.log(`${set.name}: ${set.path} is not committed`);
                continue;
            }
            const { results, ...figures } = await scoreHeldout(bot, set.name, heldout, showMisses && !('missesHidden' in set));
            rightAsTyped.push(...results.filter((r) => r.passed).map((r) => r.item));
            met &&= figures.inScope >= TARGETS.inScope && figures.declined >= TARGETS.declined && figures.medianChars < TARGETS.medianChars;
            aboveFloors &&= figures.inScope >= set.floors.inScope && figures.declined >= set.floors.declined;
        }
        // Scored whatever the figures above: a broken floor there must not hide these.
        const slipsAboveFloors = await scoreSlips(bot, rightAsTyped);
        aboveFloors &&= slipsAboveFloors;
        console.log(met ? 'all targets met' : `targets not all met; regression floors ${aboveFloors ? 'held' : 'BROKEN'}`);
        process.exitCode = aboveFloors ? 0 : 1;
    } finally {
        await bot.stop();
    }
}

/** Scores one held-out set through the real Application and prints its figures (and misses when asked). */
async function scoreHeldout(bot: BotHarness, name: string, heldout: EvalItem[], showMisses: boolean) {
    const results = await scoreItems(bot, heldout);
    const inScope = results.filter((r) => r.item.kind !== 'decline');
    const declines = results.filter((r) => r.item.kind === 'decline');
    const answered = inScope.filter((r) => r.passed).length;
    const declined = declines.filter((r) => r.passed).length;
    const answers = results.filter((r) => r.item.kind === 'answer' || r.item.kind === 'followup');
    const lengths = answers.map((r) => r.shownLength);
    const allStrings = answers.map((r) => r.seen.length);
    for (const kind of ['answer', 'status', 'followup', 'decline'] as const) {
        const ofKind = results.filter((r) => r.item.kind === kind);
        console.log(`  ${name} ${kind}: ${percent(ofKind.filter((r) => r.passed).length, ofKind.length)}`);
    }
    console.log(`${name} in-scope answered with the right facts: ${percent(answered, inScope.length)}  target ≥ ${TARGETS.inScope * 100}%`);
    console.log(`${name} out-of-scope declined: ${percent(declined, declines.length)}  target ≥ ${TARGETS.declined * 100}%`);
    console.log(
        `${name} median answer length: ${median(lengths)} characters shown (reply text and card; ${median(allStrings)} counting the card's fallback text and hidden tap titles too)  target < ${TARGETS.medianChars}`
    );
    if (showMisses) {
        for (const r of results.filter((x) => !x.passed)) {
            const asked = r.item.kind === 'followup' ? r.item.turns.join(' → ') : r.item.text;
            const wanted = 'mustMention' in r.item ? ` wants ${JSON.stringify(r.item.mustMention)}` : '';
            console.log(`${name} miss ${r.item.id} [${r.item.kind}] "${asked}"${wanted}\n    saw: ${r.seen.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
    }
    return { inScope: answered / inScope.length, declined: declined / declines.length, medianChars: median(lengths), results };
}

/** The items right as typed, asked with one slip each (never listed: most come from sets nobody reads); true when above floors. */
async function scoreSlips(bot: BotHarness, rightAsTyped: EvalItem[]): Promise<boolean> {
    const results = await scoreItems(bot, itemsWithSlips(rightAsTyped, seeded(SLIPS.seed)));
    let above = true;
    for (const kind of ['answer', 'decline'] as const) {
        const ofKind = results.filter((r) => r.item.kind === kind);
        const kept = ofKind.filter((r) => r.passed).length;
        console.log(`held-out questions with one slip of a key, ${kind === 'answer' ? 'answer kept' : 'still declined'}: ${percent(kept, ofKind.length)}  floor ${SLIPS.floors[kind] * 100}%`);
        above &&= kept / ofKind.length >= SLIPS.floors[kind];
    }
    return above;
}

main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
