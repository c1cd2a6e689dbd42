// Demo assistance plans and best-interests determinations, written through the real services (so the
// texts are sealed, approvals go through the four-eyes mechanism and every step is audited): plans in
// draft, submitted, returned and approved states, and determinations open, proposed and decided — one
// where return to the family was weighed and rejected because the risk assessment was negative.
import { demoActor, demoPrincipal } from './demo-principal.ts';
import type { Kysely } from 'kysely';
import type { SignedInUser } from '../auth/authenticate.ts';
import { approvalsForSubject, decide } from '../approvals/approvals.service.ts';
import * as decision from '../best-interests/best-interests.decision.ts';
import * as bi from '../best-interests/best-interests.service.ts';
import { addFamilyMember } from '../case-people/case-people.service.ts';
import type { AppContext } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as plans from '../plans/plans.service.ts';
import { submitPlan } from '../plans/plans.workflow.ts';
import type { PlanContent } from '../plans/plans.schemas.ts';

type Db = Kysely<DatabaseSchema>;
type Lang = 'UA' | 'MD' | 'BY';

const actorOf = (p: SignedInUser) => demoActor(p, 'seed-demo-plans');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const TEXT: Record<Lang, Record<string, string>> = {
  UA: {
    safety: 'Безпечне проживання без контакту з вербувальником',
    safetyAction: 'Погодити план безпеки з дитиною та опікуном',
    education: 'Повернення до навчання з вересня',
    educationAction: 'Зарахувати до районної школи',
    psychosocial: 'Щотижнева психологічна підтримка',
    psychosocialAction: 'Записати до психолога центру',
    legal: 'Відновити свідоцтво про народження',
    legalAction: 'Подати заяву до ДРАЦС',
    returned: 'Додайте ціль щодо здоров’я',
    views: 'Хочу залишитися тут і ходити до школи; до дядька не повернуся.',
    who: 'Психологиня центру',
    family: 'Мати підтримує дитину, але живе поруч із вербувальником.',
    factors: 'Вербувальник — родич, живе в тому ж селі; погрози родині.',
    pros: 'Рідна мова, мати поруч',
    cons: 'Вербувальник у тому ж селі',
    pros2: 'Школа, прийомна сім’я, безпека',
    cons2: 'Далеко від брата',
    reasons:
      'Ризик повторної торгівлі високий; дитина хоче залишитися; місцева інтеграція з прийомною сім’єю.',
    care: 'Дитині потрібен стабільний догляд, поки мати проходить підтримку.',
    mother: 'Мати',
  },
  MD: {
    safety: 'Locuință sigură, fără contact cu recrutorul',
    safetyAction: 'Stabilirea planului de siguranță cu copilul și tutorele',
    education: 'Reluarea școlii din septembrie',
    educationAction: 'Înscrierea la școala din raion',
    psychosocial: 'Sprijin psihologic săptămânal',
    psychosocialAction: 'Programare la psihologul centrului',
    legal: 'Eliberarea unui nou certificat de naștere',
    legalAction: 'Depunerea cererii la ASP',
    returned: 'Adăugați un obiectiv de sănătate',
    views: 'Vreau să rămân aici și să merg la școală; nu mă întorc la unchiul meu.',
    who: 'Psihologul centrului',
    family: 'Mama sprijină copilul, dar locuiește lângă recrutor.',
    factors: 'Recrutorul este rudă și locuiește în același sat; amenințări la adresa familiei.',
    pros: 'Limba maternă, mama aproape',
    cons: 'Recrutorul în același sat',
    pros2: 'Școală, familie de plasament, siguranță',
    cons2: 'Departe de frate',
    reasons: 'Risc ridicat de retrafic; copilul dorește să rămână; integrare locală în familie de plasament.',
    care: 'Copilul are nevoie de îngrijire stabilă cât timp mama primește sprijin.',
    mother: 'Mama',
  },
  BY: {
    safety: 'Безопасное проживание без контакта с вербовщиком',
    safetyAction: 'Согласовать план безопасности с ребёнком и опекуном',
    education: 'Возвращение к учёбе с сентября',
    educationAction: 'Зачислить в районную школу',
    psychosocial: 'Еженедельная психологическая поддержка',
    psychosocialAction: 'Записать к психологу центра',
    legal: 'Восстановить свидетельство о рождении',
    legalAction: 'Подать заявление в ЗАГС',
    returned: 'Добавьте цель по здоровью',
    views: 'Хочу остаться здесь и ходить в школу; к дяде не вернусь.',
    who: 'Психолог центра',
    family: 'Мать поддерживает ребёнка, но живёт рядом с вербовщиком.',
    factors: 'Вербовщик — родственник, живёт в той же деревне; угрозы семье.',
    pros: 'Родной язык, мать рядом',
    cons: 'Вербовщик в той же деревне',
    pros2: 'Школа, приёмная семья, безопасность',
    cons2: 'Далеко от брата',
    reasons: 'Риск повторной торговли высокий; ребёнок хочет остаться; местная интеграция в приёмной семье.',
    care: 'Ребёнку нужен стабильный уход, пока мать получает поддержку.',
    mother: 'Мать',
  },
};

function content(text: Record<string, string>, agencyId: string | null): PlanContent {
  const goal = (
    domain: PlanContent['goals'][number]['domain'],
    type: PlanContent['goals'][number]['supportPlanType'],
    key: string,
    due: number,
  ) => ({
    domain,
    supportPlanType: type,
    objective: text[key]!,
    status: 'open' as const,
    reviewOn: day(due + 30),
    actions: [
      {
        text: text[`${key}Action`]!,
        responsibleAgencyId: agencyId,
        dueOn: day(due),
        status: 'planned' as const,
      },
    ],
  });
  return {
    plannedEnd: day(365),
    reviewOn: day(5),
    goals: [
      goal('safety', 'SocialCare', 'safety', -3),
      goal('education', 'Education', 'education', 20),
      goal('psychosocial', 'SocialCare', 'psychosocial', 7),
      goal('legal', 'Legal', 'legal', 40),
    ],
  };
}

export async function seedPlansDemo(ctx: AppContext): Promise<void> {
  const db: Db = ctx.database.db;
  if (await readSetting<boolean>(db, 'demo-plans')) return;
  if (!(await readSetting<boolean>(db, 'demo-children'))) return;
  const worker = await demoPrincipal(ctx, 'demo-caseworker');
  const supervisor = await demoPrincipal(ctx, 'demo-supervisor');
  if (!worker || !supervisor) return;
  const text = TEXT[(ctx.config.country as Lang) in TEXT ? (ctx.config.country as Lang) : 'UA'];
  const cases = await db
    .selectFrom('cases')
    .select('id')
    .where('owner_user_id', '=', worker.userId)
    .where('stage', 'in', ['identified', 'assistance', 'monitoring', 'presumed'])
    .orderBy('code')
    .limit(5)
    .execute();
  const w = actorOf(worker);
  const s = actorOf(supervisor);

  const draft = async (caseId: string) => {
    const plan = await db.transaction().execute((trx) => plans.createPlan(ctx, trx, worker, w, caseId, {}));
    return plans.savePlanContent(
      ctx,
      worker,
      w,
      caseId,
      plan.id,
      plan.version,
      content(text, worker.agencyId),
    );
  };
  const submit = async (caseId: string) => {
    const plan = await draft(caseId);
    return submitPlan(ctx, worker, w, caseId, plan.id, plan.version);
  };
  const decidePlan = async (caseId: string, decision: 'approved' | 'rejected') => {
    const plan = await submit(caseId);
    const pending = (await approvalsForSubject(db, 'assistance-plan', plan.id)).find(
      (a) => a.status === 'pending',
    )!;
    await decide(ctx, supervisor, s, pending.id, pending.version, {
      decision,
      reason: decision === 'rejected' ? text.returned! : null,
    });
  };

  const [approved, submitted, returned, drafted, proposed] = cases.map((c) => c.id);
  if (approved) {
    await decidePlan(approved, 'approved');
    // Return to the mother was weighed and rejected: the risk assessment says it is not in the child's interests.
    const mother = await db.transaction().execute((trx) =>
      addFamilyMember(ctx, trx, worker, w, approved, {
        relation: 'mother',
        name: text.mother!,
        implicated: false,
        safeContact: false,
      }),
    );
    const a = await db.transaction().execute((trx) =>
      bi.createAssessment(ctx, trx, worker, w, approved, {
        childViews: {
          heardOn: day(-20),
          howHeard: 'child-friendly-room',
          whoPresent: text.who!,
          guardianPresent: true,
          views: text.views!,
        },
        familyAssessment: [{ familyMemberId: mother.id, implicated: false, assessment: text.family! }],
        riskAssessment: {
          assessedOn: day(-15),
          riskLevel: 'high',
          returnInBestInterests: false,
          factors: text.factors!,
        },
        options: [
          { option: 'family-reunification', pros: text.pros!, cons: text.cons! },
          { option: 'local-integration', pros: text.pros2!, cons: text.cons2! },
        ],
      }),
    );
    const p = await decision.proposeDecision(ctx, worker, w, approved, a.id, a.version, {
      solution: 'local-integration',
      reunificationTargetId: null,
      reasons: text.reasons!,
      panel: [supervisor.userId],
    });
    await decision.confirmDecision(ctx, supervisor, s, approved, a.id, p.version);
  }
  if (submitted) {
    await submit(submitted);
    await db.transaction().execute((trx) =>
      bi.createAssessment(ctx, trx, worker, w, submitted, {
        childViews: {
          heardOn: day(-2),
          howHeard: 'with-interpreter',
          whoPresent: text.who!,
          guardianPresent: true,
          views: text.views!,
        },
      }),
    );
  }
  if (returned) await decidePlan(returned, 'rejected');
  if (drafted) await draft(drafted);
  if (proposed) {
    const a = await db.transaction().execute((trx) =>
      bi.createAssessment(ctx, trx, worker, w, proposed, {
        riskAssessment: {
          assessedOn: day(-5),
          riskLevel: 'medium',
          returnInBestInterests: false,
          factors: text.care!,
        },
        options: [{ option: 'alternative-care', pros: text.pros2!, cons: text.cons2! }],
      }),
    );
    await decision.proposeDecision(ctx, worker, w, proposed, a.id, a.version, {
      solution: 'alternative-care',
      reunificationTargetId: null,
      reasons: text.care!,
      panel: [supervisor.userId],
    });
  }
  await writeSetting(db, 'demo-plans', true);
}
