import type { CaseClosureReason } from '../../../domain/lifecycle/index.ts';
import type { DemoCountry } from './plan.ts';

// What case workers write when they move a case on, in the country's working language.

type Texts = {
  presume: string[];
  identify: string[];
  notVictim: string[];
  closure: Partial<Record<CaseClosureReason, string>>;
  rejectClosure: string;
  reopen: string[];
};

export const REASONS: Record<DemoCountry, Texts> = {
  UA: {
    presume: [
      'Скринінг за індикаторами МОП/ЄК: є ознаки експлуатації, дитину захищено до рішення.',
      'Повідомлення школи та розмова з дитиною: підстави вважати дитину ймовірною жертвою.',
    ],
    identify: [
      'Рішення місцевої державної адміністрації про встановлення статусу (Постанова 417).',
      'Статус визнано на підставі рішення поліції; повторна процедура не потрібна.',
    ],
    notVictim: [
      'Ознаки торгівлі людьми не підтвердилися; дитину направлено до служби у справах дітей.',
      'Після співбесіди: насильство в сім’ї без ознак експлуатації; справу передано за належністю.',
    ],
    closure: {
      reintegrated: 'Дитина стабільно вдома 12 місяців, навчається, ризик повторної торгівлі низький.',
      'reached-adulthood': 'Дитині виповнилося 18 років; допомогу продовжено за програмою для дорослих.',
      'moved-abroad': 'Родина виїхала за кордон; справу передано партнерам за ТМП.',
      'lost-contact': 'Зв’язок втрачено після трьох спроб за 60 днів.',
    },
    rejectClosure: 'Оцінка повторного ризику не завершена; продовжити моніторинг.',
    reopen: [
      'Дитину повторно виявлено в ситуації експлуатації.',
      'Повідомлення поліції: нова вербувальна спроба через месенджер.',
    ],
  },
  MD: {
    presume: [
      'Screening cu indicatorii OIM/CE: semne de exploatare, copilul este protejat până la decizie.',
      'Semnalare de la școală și discuție cu copilul: motive să fie considerat victimă prezumată.',
    ],
    identify: [
      'Decizia echipei multidisciplinare teritoriale privind statutul de victimă (Legea 241/2005).',
      'Statut recunoscut în baza procesului penal pornit de CCTP.',
    ],
    notVictim: [
      'Indicii de trafic nu s-au confirmat; copilul a fost referit la DPDC.',
      'După interviu: neglijare în familie fără exploatare; cazul referit conform competenței.',
    ],
    closure: {
      reintegrated: 'Copilul este stabil acasă de 12 luni, merge la școală, risc scăzut de re-trafic.',
      'reached-adulthood': 'Copilul a împlinit 18 ani; asistența continuă în programul pentru adulți.',
      'moved-abroad': 'Familia a plecat peste hotare; cazul transmis partenerilor prin MTR.',
      'lost-contact': 'Contact pierdut după trei încercări în 60 de zile.',
    },
    rejectClosure: 'Evaluarea riscului de re-trafic nu este finalizată; continuați monitorizarea.',
    reopen: [
      'Copilul a fost identificat din nou într-o situație de exploatare.',
      'Semnalare de la poliție: nouă tentativă de recrutare prin rețele sociale.',
    ],
  },
  BY: {
    presume: [
      'Скрининг по индикаторам МОТ/ЕК: есть признаки эксплуатации, ребёнок защищён до решения.',
      'Сообщение школы и беседа с ребёнком: основания считать ребёнка предполагаемой жертвой.',
    ],
    identify: [
      'Статус жертвы признан в уголовном процессе (ст. 181 УК).',
      'Решение органа внутренних дел о признании жертвой торговли людьми.',
    ],
    notVictim: [
      'Признаки торговли людьми не подтвердились; ребёнок направлен в отдел опеки.',
      'После беседы: безнадзорность без признаков эксплуатации; материалы переданы по подведомственности.',
    ],
    closure: {
      reintegrated: 'Ребёнок стабильно дома 12 месяцев, учится, риск повторной эксплуатации низкий.',
      'reached-adulthood': 'Ребёнку исполнилось 18 лет; помощь продолжена по программе для взрослых.',
      'moved-abroad': 'Семья уехала за границу; дело передано партнёрам.',
      'lost-contact': 'Связь потеряна после трёх попыток за 60 дней.',
    },
    rejectClosure: 'Оценка риска повторной эксплуатации не завершена; продолжить мониторинг.',
    reopen: [
      'Ребёнок повторно выявлен в ситуации эксплуатации.',
      'Сообщение милиции: новая попытка вербовки через мессенджер.',
    ],
  },
};
