package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.RuleBreach;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Business errors cross the command bus as data ({@link RuleBreach}: code and violations), not as exception
 * classes, so they survive any bus, local or distributed, and the edge maps them to 409 with a stable code.
 */
public class BusinessErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (BusinessRuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null,
                    new RuleBreach(violation.code(), violation.getMessage(), violation.violations()));
        }
    }
}
